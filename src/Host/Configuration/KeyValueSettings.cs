using WuToolkit.Abstractions;

namespace WuToolkit.Host.Configuration;

/// <summary>Settings given as <c>key=value</c> pairs (from <c>--set</c>); keys are case-insensitive, the last one wins.</summary>
public sealed class KeyValueSettings : ISettings
{
    private readonly Dictionary<string, string> _values;

    public KeyValueSettings(IEnumerable<KeyValuePair<string, string>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            _values[key] = value;
        }
    }

    public static KeyValueSettings Empty { get; } = new([]);

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? Find(string key) => _values.GetValueOrDefault(key);

    /// <summary>Parses <c>key=value</c> words; returns false with every word that has no '=' after a key, so that each
    /// is named at once.</summary>
    public static bool TryParse(IEnumerable<string> pairs, out KeyValueSettings settings, out IReadOnlyList<string> bad)
    {
        var values = new List<KeyValuePair<string, string>>();
        var malformed = new List<string>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                malformed.Add(pair);
                continue;
            }

            values.Add(new(pair[..equals].Trim(), pair[(equals + 1)..].Trim()));
        }

        settings = malformed.Count == 0 ? new KeyValueSettings(values) : Empty;
        bad = malformed;
        return malformed.Count == 0;
    }
}
