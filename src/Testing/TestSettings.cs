using WuToolkit.Abstractions;

namespace WuToolkit.Testing;

/// <summary>Settings given as key/value pairs, keys compared ignoring case, the last one winning, as
/// <c>wutk run --set key=value</c> gives them. A check reads them through its declared settings, which apply the
/// defaults and refuse values of the wrong form.</summary>
public sealed class TestSettings : ISettings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No settings: every declared setting takes its default.</summary>
    public static TestSettings None { get; } = new([]);

    /// <summary>Settings from pairs.</summary>
    public TestSettings(IEnumerable<(string Key, string Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            _values[key] = value;
        }
    }

    /// <inheritdoc />
    public string? Find(string key) => _values.GetValueOrDefault(key);
}
