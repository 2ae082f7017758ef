using System.Globalization;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// CIM_DATETIME text, as WMI returns dates (<c>20230412000000.000000-000</c>, <c>20240105093011.500000+060</c>: local
/// time and its offset from UTC in minutes). System.Management's own converter only exists on Windows; the mapping
/// code that reads dates runs everywhere, so it reads them here.
/// </summary>
public static class CimDateTime
{
    /// <summary>The moment, or <see langword="null"/> for anything that is not a complete CIM_DATETIME (an interval,
    /// asterisks for unknown fields, a date out of range).</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (value is not { Length: 25 } || value[14] != '.' || value[21] is not ('+' or '-'))
        {
            return null;
        }

        if (!DateTime.TryParseExact(value[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ||
            !int.TryParse(value.AsSpan(15, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var microseconds) ||
            !int.TryParse(value.AsSpan(22, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ||
            minutes > 14 * 60)
        {
            return null;
        }

        var offset = TimeSpan.FromMinutes(value[21] == '-' ? -minutes : minutes);
        return new DateTimeOffset(local.AddTicks(microseconds * 10L), offset);
    }
}
