using System.Globalization;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// Log times. Line timestamps are read digit by digit (see <see cref="CodeUnits{T}.TryDateTime"/>): no
/// regular expression, no allocation, and no exception for a date that does not exist (month 13 is simply
/// not a timestamp). Log clocks carry no offset; their times are returned with offset zero, as
/// <c>LogEntry.Time</c> documents, and are not converted: all of a PC's text logs use its local clock, so
/// they stay comparable with one another. (Event exports are the exception: their SystemTime is UTC.)
/// </summary>
internal static class LogTimestamps
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The date and time, or false when it does not exist.</summary>
    public static bool TryCreate(int year, int month, int day, int hour, int minute, int second, out DateTime value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>A log's own clock time, as <c>LogEntry.Time</c> carries it: offset unknown, written as zero.</summary>
    public static DateTimeOffset AsLogTime(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), TimeSpan.Zero);

    /// <summary>
    /// A date as SetupDiag and Event Viewer write it: US <c>M/d/yyyy h:mm:ss tt</c>, ISO 8601 (with or without
    /// an offset), or a few common 24-hour shapes. The year 1 means "not set" in SetupDiag and gives null.
    /// </summary>
    public static DateTimeOffset? ParseLoose(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 64)
        {
            return null;
        }

        DateTimeOffset? result = null;
        if (DateTimeOffset.TryParseExact(trimmed, IsoWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            result = withOffset;
        }
        else if (DateTime.TryParseExact(trimmed, LocalShapes, UnitedStates, DateTimeStyles.AllowWhiteSpaces, out var local)
            || DateTime.TryParseExact(trimmed, DayFirstShapes, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out local))
        {
            result = AsLogTime(local);
        }

        return result is { Year: > 1 } ? result : null;
    }

    private static readonly string[] IsoWithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    // Month-first (US: Event Viewer and SetupDiag on an English PC) is tried before day-first; a date such as
    // 5/6/2023 is read the US way, a date whose first number exceeds 12 can only be day-first.
    private static readonly string[] LocalShapes =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss",
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm",
    ];

    private static readonly string[] DayFirstShapes =
    [
        "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d-M-yyyy H:mm:ss",
    ];
}
