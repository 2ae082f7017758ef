using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Analysis;

/// <summary>
/// Feeds each file's entries, in order, to the rules that read its kind, with a fresh rule instance per file.
/// A rule that throws is switched off for that file and reported; it never stops the analysis.
/// </summary>
public sealed class LogAnalyzer(IReadOnlyList<ILogRuleFactory> rules)
{
    /// <summary>Analyses one file's entries (already read and folded by the log reader).</summary>
    public FileAnalysis Analyze(string path, LogKind kind, IEnumerable<LogEntry> entries, CancellationToken cancellationToken) =>
        Analyze(path, kind, entries, null, cancellationToken);

    /// <summary>As above, for entries read through <paramref name="filter"/>: the entries it skipped count as read.</summary>
    internal FileAnalysis Analyze(string path, LogKind kind, IEnumerable<LogEntry> entries, MarkerFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var findings = new FileFindings();
        var problems = new List<RuleProblem>();
        var active = new Dictionary<LogKind, ActiveRule[]>();
        long count = 0;
        LogEntry? last = null;

        // Entries of one file are nearly always of one kind: the rules of the last kind are kept at hand.
        LogKind? lastKind = null;
        ActiveRule[] forKind = [];
        foreach (var entry in entries)
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            last = entry;
            if (entry.Kind != lastKind)
            {
                if (!active.TryGetValue(entry.Kind, out var started))
                {
                    started = [.. Start(entry.Kind, path, entry.Line, problems)];
                    active.Add(entry.Kind, started);
                }

                (lastKind, forKind) = (entry.Kind, started);
            }

            foreach (var rule in forKind)
            {
                if (!rule.Failed)
                {
                    Observe(rule, entry, findings, path, problems);
                }
            }
        }

        foreach (var rule in active.Values.SelectMany(list => list).Where(rule => !rule.Failed))
        {
            Guard(rule, path, last?.Line ?? 0, problems, () => rule.Instance.Complete(findings));
        }

        return new FileAnalysis(new AnalyzedFile(path, kind, count + (filter?.Skipped ?? 0), OmittedFindings: findings.Omitted), findings.Findings, problems, findings.Repeats);
    }

    private List<ActiveRule> Start(LogKind kind, string path, long line, List<RuleProblem> problems)
    {
        var started = new List<ActiveRule>();
        foreach (var rule in rules.Where(rule => rule.Kinds.Contains(kind)))
        {
            try
            {
                started.Add(new ActiveRule(rule.Id, rule.Create()));
            }
#pragma warning disable CA1031 // A plugin's rule may fail in any way; it is reported, never fatal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problems.Add(new RuleProblem(rule.Id, path, line, LogStrings.FormatRuleCrashed(rule.Id, ex.GetType().Name, ex.Message)));
            }
        }

        return started;
    }

    /// <summary>One entry to one rule: the per-entry path, so without the delegate <see cref="Guard"/> takes.</summary>
    private static void Observe(ActiveRule rule, LogEntry entry, FileFindings findings, string path, List<RuleProblem> problems)
    {
        try
        {
            rule.Observe(entry, findings);
        }
#pragma warning disable CA1031 // As in Guard: one bad rule must not cost the user the other rules' findings.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            rule.Failed = true;
            problems.Add(new RuleProblem(rule.Id, path, entry.Line, LogStrings.FormatRuleCrashed(rule.Id, ex.GetType().Name, ex.Message.ReplaceLineEndings(" "))));
        }
    }

    private static void Guard(ActiveRule rule, string path, long line, List<RuleProblem> problems, Action action)
    {
        try
        {
            action();
        }
#pragma warning disable CA1031 // As above: one bad rule must not cost the user the other rules' findings.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            rule.Failed = true;
            problems.Add(new RuleProblem(rule.Id, path, line, LogStrings.FormatRuleCrashed(rule.Id, ex.GetType().Name, ex.Message.ReplaceLineEndings(" "))));
        }
    }

    private sealed class ActiveRule(string id, ILogRule instance)
    {
        public string Id { get; } = id;

        public ILogRule Instance { get; } = instance;

        /// <summary>The rule's Observe, bound once: a delegate call costs less than the interface call, which with
        /// several rules at one call site goes through the runtime's dispatch lookup on every entry.</summary>
        public Action<LogEntry, IFindingSink> Observe { get; } = instance.Observe;

        public bool Failed { get; set; }
    }
}
