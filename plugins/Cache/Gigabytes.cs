using System.Globalization;

namespace WuToolkit.Plugins.Cache;

/// <summary>Sizes as the cache checks show them: gigabytes with one decimal, the same in every culture.</summary>
internal static class Gigabytes
{
    public const double Bytes = 1024d * 1024 * 1024;

    public static string Format(long bytes) => Format(bytes / Bytes);

    public static string Format(double gigabytes) => gigabytes.ToString("0.0", CultureInfo.InvariantCulture);
}
