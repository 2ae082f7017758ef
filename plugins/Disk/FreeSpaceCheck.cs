using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Disk.Resources;

namespace WuToolkit.Plugins.Disk;

/// <summary>Monthly updates need room to download and stage: too little free space on the system volume
/// is the commonest cause of 0x80070070 and of installs that roll back.</summary>
[ExportCheck("disk.free-space", "Free space for updates", Scenario = Scenario.Update, Tags = ["storage", "space"], Settings = typeof(DiskSettings),
    Description = "Compares the free space on the system volume with what monthly updates need to download and stage (10 GB by default, disk.updateFreeGB): too little space is the commonest cause of 0x80070070 and of installs that roll back.")]
public sealed class FreeSpaceCheck : ICheck
{
    /// <summary>Setting: minimum free gigabytes for monthly updates.</summary>
    public const string MinimumSetting = "disk.updateFreeGB";

    /// <summary>Default minimum: a cumulative update stages several GB in the component store.</summary>
    public const double DefaultMinimumGB = 10;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var minimum = context.Settings.Get(DiskSettings.UpdateFreeGB);
        var volume = await context.Machine.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false);
        return SpaceVerdict.Judge(volume, minimum, Strings.UpdateFreeSpaceOk, Strings.UpdateFreeSpaceLow, Strings.UpdateFreeSpaceLowWarn);
    }
}
