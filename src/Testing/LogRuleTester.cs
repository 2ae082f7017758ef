using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Testing;

/// <summary>Runs a log rule over entries the way the host does: every entry in order, then the end of the file.</summary>
public static class LogRuleTester
{
    /// <summary>Everything <paramref name="rule"/> reports for <paramref name="entries"/>, in the order it said it.</summary>
    public static IReadOnlyList<LogFinding> Run(ILogRule rule, IEnumerable<LogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(entries);
        var findings = new FindingList();
        foreach (var entry in entries)
        {
            rule.Observe(entry, findings);
        }

        rule.Complete(findings);
        return findings.Items;
    }

    private sealed class FindingList : IFindingSink
    {
        public List<LogFinding> Items { get; } = [];

        public void Add(LogFinding finding) => Items.Add(finding ?? throw new ArgumentNullException(nameof(finding)));
    }
}
