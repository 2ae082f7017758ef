using System.Globalization;

namespace WuToolkit.Plugins.Cache;

/// <summary>Times in evidence: UTC, to the second, ISO 8601, so that they sort and compare across reports.</summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
