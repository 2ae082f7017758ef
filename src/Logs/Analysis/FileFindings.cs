using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>
/// Where rules put their findings for one file. The same finding said again (same rule, severity, code, subject,
/// words and attempt) is counted on the first one instead of kept again, and past a limit new findings are only
/// counted: a multi-gigabyte log that repeats one failure a million times costs one finding, not a million.
/// Rules can only add (<see cref="IFindingSink"/>): none sees, changes or clears another's findings.
/// </summary>
public sealed class FileFindings(int maxDistinct = FileFindings.DefaultMaxDistinct) : IFindingSink
{
    /// <summary>How many distinct findings a file keeps before it only counts new ones.</summary>
    public const int DefaultMaxDistinct = 10_000;

    private readonly List<LogFinding> _kept = [];
    private readonly Dictionary<(string, FindingSeverity, uint?, string?, string, LogAttempt?), LogFinding> _byKey = [];
    private readonly Dictionary<LogFinding, long> _repeats = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each distinct finding once, in the order said, without the generic ones that a more specific failure
    /// of the same code explains (see <see cref="LogFinding.IsGeneric"/>).</summary>
    public IReadOnlyList<LogFinding> Findings
    {
        get
        {
            if (!_kept.Exists(finding => finding.IsGeneric))
            {
                return _kept;
            }

            var explained = _kept
                .Where(finding => !finding.IsGeneric && finding.Severity == FindingSeverity.Failure && finding.Code is not null)
                .Select(finding => (finding.Code!.Value, finding.RuleId))
                .ToList();
            return _kept
                .Where(finding => !finding.IsGeneric || !explained.Exists(other => other.Value == finding.Code && other.RuleId != finding.RuleId))
                .ToList();
        }
    }

    /// <summary>How many more times each kept finding was said (absent: once only).</summary>
    public IReadOnlyDictionary<LogFinding, long> Repeats => _repeats;

    /// <summary>Findings not kept because the limit of distinct findings was reached.</summary>
    public long Omitted { get; private set; }

    /// <summary>How many distinct findings are kept.</summary>
    public int Count => _kept.Count;

    /// <inheritdoc />
    public void Add(LogFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        // Runs of an operation each keep their own verdict, even when it reads the same.
        var key = (finding.RuleId, finding.Severity, finding.Code, finding.Subject, finding.Summary, finding.Attempt);
        if (_byKey.TryGetValue(key, out var first))
        {
            _repeats[first] = _repeats.GetValueOrDefault(first) + 1;
            return;
        }

        if (_kept.Count >= maxDistinct)
        {
            Omitted++;
            return;
        }

        _byKey.Add(key, finding);
        _kept.Add(finding);
    }
}
