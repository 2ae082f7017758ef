using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11 needs a 64 GB or larger drive. Free space for the upgrade itself is disk.upgrade-space's business.</summary>
[ExportCheck("upgrade.storage", "Storage size for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements"])]
public sealed class StorageCheck : ICheck
{
    // Decimal, like the requirement (see Windows11.MinimumStorageBytes).
    private const double GB = 1000d * 1000 * 1000;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var volume = await context.Machine.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false);

        var total = (volume.TotalBytes / GB).ToString("0.0", CultureInfo.InvariantCulture);
        var minimum = (Windows11.MinimumStorageBytes / GB).ToString("0", CultureInfo.InvariantCulture);
        var evidence = new[]
        {
            new Evidence("volume", volume.Name),
            new Evidence("totalGB", total),
            new Evidence("minimumGB", minimum),
        };

        return volume.TotalBytes < Windows11.MinimumStorageBytes
            ? CheckResult.Fail(Strings.FormatStorageTooSmall(volume.Name, total, minimum), evidence)
            : CheckResult.Pass(Strings.FormatStorageOk(volume.Name, total, minimum), evidence);
    }
}
