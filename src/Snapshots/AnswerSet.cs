using System.Collections.Concurrent;

namespace WuToolkit.Snapshots;

/// <summary>
/// Answers filed by question and key (an empty key for questions that take none). A stored <see langword="null"/> is
/// an answer ("does not exist"); a missing entry is "not recorded". Safe for the concurrent checks of a recording.
/// </summary>
internal sealed class AnswerSet
{
    private readonly ConcurrentDictionary<(string Question, string Key), object?> _answers = new(KeyComparer.Instance);

    public int Count => _answers.Count;

    public bool TryGet(string question, string key, out object? answer) => _answers.TryGetValue((question, key), out answer);

    /// <summary>Files an answer; the first one for a question and key stays (a snapshot that lists a key twice keeps the first).</summary>
    public bool TryAdd(string question, string key, object? answer) => _answers.TryAdd((question, key), answer);

    /// <summary>Files an answer, replacing an earlier one (a recording keeps the latest).</summary>
    public void Set(string question, string key, object? answer) => _answers[(question, key)] = answer;

    /// <summary>The answers of one question, ordered by key so that two snapshots of one PC diff cleanly.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Of(string question) =>
        _answers.Where(pair => string.Equals(pair.Key.Question, question, StringComparison.Ordinal))
            .Select(pair => KeyValuePair.Create(pair.Key.Key, pair.Value))
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();

    public AnswerSet Copy()
    {
        var copy = new AnswerSet();
        foreach (var (key, value) in _answers)
        {
            copy._answers[key] = value;
        }

        return copy;
    }

    /// <summary>Question names are exact; keys (service names, paths, registry keys, host names) compare as Windows does, ignoring case.</summary>
    private sealed class KeyComparer : IEqualityComparer<(string Question, string Key)>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals((string Question, string Key) x, (string Question, string Key) y) =>
            string.Equals(x.Question, y.Question, StringComparison.Ordinal) && string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Question, string Key) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Question), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key));
    }
}
