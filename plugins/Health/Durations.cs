using System.Globalization;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>Lengths of time as people read them: the two largest units that matter ("3 d 2 h", "4 min 10 s").</summary>
internal static class Durations
{
    /// <summary>How long, whatever the sign; the one span without a positive twin counts as the longest there is.</summary>
    public static TimeSpan Length(TimeSpan span) => span == TimeSpan.MinValue ? TimeSpan.MaxValue : span.Duration();

    public static string Format(TimeSpan span)
    {
        var length = Length(span);
        if (length.TotalDays >= 1)
        {
            return Strings.FormatDurationDaysHours(Whole(length.TotalDays), length.Hours);
        }

        if (length.TotalHours >= 1)
        {
            return Strings.FormatDurationHoursMinutes(length.Hours, length.Minutes);
        }

        return length.TotalMinutes >= 1
            ? Strings.FormatDurationMinutesSeconds(length.Minutes, length.Seconds)
            : Strings.FormatDurationSeconds(length.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture));
    }

    /// <summary>A date for evidence, the same in every language.</summary>
    public static string Date(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date and time for evidence, in UTC.</summary>
    public static string DateTime(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static long Whole(double value) => (long)Math.Floor(value);
}
