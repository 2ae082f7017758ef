using System.Globalization;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// One WMI/CIM instance as plain values, by property name (case-insensitive), exactly as System.Management hands them
/// over: <see cref="string"/>, <see cref="bool"/>, the unsigned integers of CIM's uint8/16/32/64, <see cref="char"/>
/// for char16, string arrays, and CIM_DATETIME as text. The Windows machine copies each instance into one of these
/// and the mapping code reads them, so the mapping runs and is tested on every OS with recorded values.
/// </summary>
public sealed class CimRecord
{
    private readonly Dictionary<string, object?> _values;

    public CimRecord(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            _values[name] = value;
        }
    }

    /// <summary>A record from name/value pairs, for tests and fixtures: <c>CimRecord.Of(("Name", "x"), ("Size", 5UL))</c>.</summary>
    public static CimRecord Of(params (string Name, object? Value)[] values) =>
        new(values.Select(pair => new KeyValuePair<string, object?>(pair.Name, pair.Value)));

    /// <summary>The raw value, or <see langword="null"/> when the property is absent or null.</summary>
    public object? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>A text property, trimmed; <see langword="null"/> when absent, null or blank.</summary>
    public string? Text(string name) => this[name] switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        char letter => letter == '\0' ? null : letter.ToString(),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>A whole number (any CIM integer type, or its decimal text); <see langword="null"/> when absent or not a number.</summary>
    public long? Number(string name) => this[name] switch
    {
        null => null,
        bool => null,
        ulong big => big > long.MaxValue ? null : (long)big,
        string text => long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
        IConvertible number => TryConvert(number),
        _ => null,
    };

    /// <summary>A boolean; <see langword="null"/> when absent or not a boolean.</summary>
    public bool? Flag(string name) => this[name] switch
    {
        bool flag => flag,
        string text when bool.TryParse(text.Trim(), out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A string array (such as MSFT_Partition.AccessPaths); empty when absent.</summary>
    public IReadOnlyList<string> Texts(string name) => this[name] switch
    {
        string[] texts => texts.Where(text => !string.IsNullOrWhiteSpace(text)).ToList(),
        string text when !string.IsNullOrWhiteSpace(text) => [text],
        _ => [],
    };

    private static long? TryConvert(IConvertible number)
    {
        try
        {
            return number.GetTypeCode() is TypeCode.Char
                ? number.ToChar(CultureInfo.InvariantCulture)
                : number.ToInt64(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }
}
