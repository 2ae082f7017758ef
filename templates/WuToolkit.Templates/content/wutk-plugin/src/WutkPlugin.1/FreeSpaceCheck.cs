using System.Globalization;
using WutkPlugin._1.Resources;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Localization;

// Titles in the user's language: wutk reads {id}.Title from Resources/Strings.resx and its translations
// (Strings.ja.resx for Japanese, shipped as ja/WutkPlugin.1.resources.dll beside the plugin: copy the whole folder).
[assembly: LocalizedMetadata(typeof(Strings))]

namespace WutkPlugin._1;

/// <summary>
/// A sample check: whether the system volume has the free space this plugin's updates need. It asks wutk's machine,
/// never the PC itself, so that it runs on this PC, on a snapshot of another and in tests alike; a question the machine
/// cannot answer (a snapshot that did not record the volume) may simply throw, and wutk shows the check as Skipped.
/// </summary>
[ExportCheck("wutk-plugin-id.free-space", "Free space for updates", Tags = ["storage"], Settings = typeof(PluginSettings))]
public sealed class FreeSpaceCheck : ICheck
{
    private const double BytesPerGB = 1_000_000_000;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var minimum = context.Settings.Get(PluginSettings.MinimumFreeGB);
        var volume = await context.Machine.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false);

        var free = Format(volume.FreeBytes / BytesPerGB);
        Evidence[] evidence =
        [
            new("volume", volume.Name),
            new("freeGB", free),
            new("minimumGB", Format(minimum)),
        ];

        return volume.FreeBytes / BytesPerGB < minimum
            ? CheckResult.Warn(Strings.FormatTooLittleSpace(free, volume.Name, Format(minimum)), evidence)
            : CheckResult.Pass(Strings.FormatEnoughSpace(free, volume.Name), evidence);
    }

    private static string Format(double gigabytes) => gigabytes.ToString("0.0", CultureInfo.InvariantCulture);
}
