namespace WuToolkit.Host.Reports;

/// <summary>The fleet's counters: machines by verdict, and on how many machines each check failed and each error code
/// appeared. Grows with the number of distinct checks and codes, never with the number of machines.</summary>
public sealed class FleetTally
{
    private readonly int[] _verdicts = new int[Enum.GetValues<Verdict>().Length];
    private readonly Dictionary<string, int> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _unreadable = [];

    /// <summary>How many unreadable inputs are named in <see cref="Unreadable"/>; the rest are only counted.</summary>
    public const int UnreadableNamed = 1000;

    public int Machines { get; private set; }

    public int UnreadableCount { get; private set; }

    /// <summary>The first <see cref="UnreadableNamed"/> inputs that were not run results.</summary>
    public IReadOnlyList<string> Unreadable => _unreadable;

    public int Count(Verdict verdict) => _verdicts[(int)verdict];

    public void Add(MachineRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Machines++;
        _verdicts[(int)row.Verdict]++;
        foreach (var check in row.FailingChecks.Distinct(StringComparer.Ordinal))
        {
            _checks[check] = _checks.GetValueOrDefault(check) + 1;
        }

        foreach (var code in row.ErrorCodes)
        {
            _codes[code] = _codes.GetValueOrDefault(code) + 1;
        }
    }

    public void AddUnreadable(string source)
    {
        UnreadableCount++;
        if (_unreadable.Count < UnreadableNamed)
        {
            _unreadable.Add(source);
        }
    }

    /// <summary>The checks that failed on the most machines, most first (ties by id).</summary>
    public IReadOnlyList<(string Id, int Machines)> TopChecks(int count) => Top(_checks, count);

    /// <summary>The error codes seen on the most machines, most first (ties by code).</summary>
    public IReadOnlyList<(string Code, int Machines)> TopCodes(int count) => Top(_codes, count);

    /// <summary>The report's exit code: 1 when any machine failed; else 3 when a result was unreadable or a machine's
    /// answer incomplete; else 0.</summary>
    public int ExitCode =>
        Count(Verdict.Fail) > 0 ? Running.ExitCodes.IssueFound
        : UnreadableCount > 0 || Count(Verdict.Incomplete) > 0 ? Running.ExitCodes.Incomplete
        : Running.ExitCodes.Ok;

    private static List<(string, int)> Top(Dictionary<string, int> counts, int count) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(count).Select(pair => (pair.Key, pair.Value)).ToList();
}
