using System.Collections;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Host.Analysis;

/// <summary>
/// Where rules put their findings for one file. The same finding said again (same rule, severity, code, subject
/// and words) is counted on the first one instead of kept again, and past a limit new findings are only
/// counted: a multi-gigabyte log that repeats one failure a million times costs one finding, not a million.
/// </summary>
public sealed class FindingCollection(int maxDistinct = FindingCollection.DefaultMaxDistinct) : ICollection<LogFinding>
{
    public const int DefaultMaxDistinct = 10_000;

    private readonly List<LogFinding> _kept = [];
    private readonly Dictionary<(string, FindingSeverity, uint?, string?, string), LogFinding> _byKey = [];
    private readonly Dictionary<LogFinding, long> _repeats = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<LogFinding> Findings => _kept;

    /// <summary>How many more times each kept finding was said (absent: once only).</summary>
    public IReadOnlyDictionary<LogFinding, long> Repeats => _repeats;

    /// <summary>Findings not kept because the limit of distinct findings was reached.</summary>
    public long Omitted { get; private set; }

    public int Count => _kept.Count;

    public bool IsReadOnly => false;

    public void Add(LogFinding item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = (item.RuleId, item.Severity, item.Code, item.Subject, item.Summary);
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

        _byKey.Add(key, item);
        _kept.Add(item);
    }

    public void Clear()
    {
        _kept.Clear();
        _byKey.Clear();
        _repeats.Clear();
        Omitted = 0;
    }

    public bool Contains(LogFinding item) => _kept.Contains(item);

    public void CopyTo(LogFinding[] array, int arrayIndex) => _kept.CopyTo(array, arrayIndex);

    /// <summary>Rules report, they do not retract: removal is not supported.</summary>
    public bool Remove(LogFinding item) => throw new NotSupportedException();

    public IEnumerator<LogFinding> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
