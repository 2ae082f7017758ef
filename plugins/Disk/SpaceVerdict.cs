using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Disk;

/// <summary>The one rule both space checks share: below the minimum fails; within 20 % above it warns,
/// because a download or a restore point can take the rest.</summary>
internal static class SpaceVerdict
{
    private const double GB = 1024d * 1024 * 1024;
    private const double Margin = 1.2;

    public static CheckResult Judge(VolumeInfo volume, double minimumGB, string okFormat, string lowFormat, string tightFormat)
    {
        var freeGB = volume.FreeBytes / GB;
        var evidence = new[]
        {
            new Evidence("volume", volume.Name),
            new Evidence("freeGB", Format(freeGB)),
            new Evidence("totalGB", Format(volume.TotalBytes / GB)),
            new Evidence("minimumGB", Format(minimumGB)),
        };

        var free = Format(freeGB);
        var minimum = Format(minimumGB);
        if (freeGB < minimumGB)
        {
            return CheckResult.Fail(string.Format(CultureInfo.CurrentCulture, lowFormat, volume.Name, free, minimum), evidence, "disk.cleanup");
        }

        if (freeGB < minimumGB * Margin)
        {
            return CheckResult.Warn(string.Format(CultureInfo.CurrentCulture, tightFormat, volume.Name, free, minimum), evidence, "disk.cleanup");
        }

        return CheckResult.Pass(string.Format(CultureInfo.CurrentCulture, okFormat, volume.Name, free, minimum), evidence);
    }

    private static string Format(double gigabytes) => gigabytes.ToString("0.0", CultureInfo.InvariantCulture);
}
