using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Graphics;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Windows 11 needs DirectX 12 compatible graphics with a WDDM 2.0 driver (Windows 10: DirectX 9, WDDM 1.0). One
/// adapter that qualifies is enough: a PC whose graphics card does may also show a remote or virtual display. Nothing
/// qualifying but an adapter on Microsoft's basic display driver, or one whose driver model is unknown, warns, since
/// the vendor's driver may well qualify; only drivers known to be too old fail.
/// </summary>
[ExportCheck("upgrade.graphics", "Graphics and display driver for the target Windows", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements", "graphics", "drivers"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether a display adapter meets the target Windows' graphics requirement: DirectX 12 compatible graphics with a WDDM 2.0 driver for Windows 11 (DirectX 9 with WDDM 1.0 for Windows 10). An adapter without its vendor's driver (Microsoft Basic Display Adapter) warns, since the vendor's driver decides.")]
public sealed class GraphicsCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var adapters = await context.Machine.System.GetDisplayAdaptersAsync(cancellationToken).ConfigureAwait(false);

        var minimum = target.MinimumDisplayDriverModel.ToString(2);
        var directX = target.MinimumDirectX.ToString(CultureInfo.InvariantCulture);
        var judged = adapters.Select(adapter => (Adapter: adapter, Standing: DisplayDriver.Judge(adapter, target.MinimumDisplayDriverModel))).ToList();
        var evidence = new List<Evidence> { new("target", target.Name), new("minimumWddm", minimum) };
        evidence.AddRange(judged.Select(pair => new Evidence("adapter", Describe(pair.Adapter))));

        if (judged.Count == 0)
        {
            return CheckResult.Warn(Strings.FormatGraphicsNoAdapter(target.Name, directX, minimum), evidence);
        }

        if (judged.FirstOrDefault(pair => pair.Standing == DisplayDriverStanding.Meets) is { Adapter: { } good })
        {
            return CheckResult.Pass(Strings.FormatGraphicsOk(good.Name.Trim(), DisplayDriver.Model(good)!.ToString(2), target.Name, directX, minimum), [.. evidence]);
        }

        var undecided = judged.Where(pair => pair.Standing is DisplayDriverStanding.BasicDriver or DisplayDriverStanding.Unknown).ToList();
        if (undecided.Count > 0)
        {
            var summaries = undecided.Select(pair => pair.Standing == DisplayDriverStanding.BasicDriver
                ? Strings.FormatGraphicsBasicDriver(pair.Adapter.Name.Trim(), target.Name, directX, minimum)
                : Strings.FormatGraphicsModelUnknown(pair.Adapter.Name.Trim(), target.Name, directX, minimum));
            return CheckResult.Warn(string.Join(Strings.ClauseSeparator, summaries), evidence);
        }

        var old = judged.Select(pair => pair.Adapter).Select(adapter => Strings.FormatGraphicsDriverTooOld(adapter.Name.Trim(), DisplayDriver.Model(adapter)!.ToString(2), target.Name, directX, minimum));
        return CheckResult.Fail(string.Join(Strings.ClauseSeparator, old), evidence);
    }

    private static string Describe(DisplayAdapterInfo adapter) =>
        Strings.FormatEvidenceAdapter(
            adapter.Name.Trim(),
            DisplayDriver.Model(adapter)?.ToString(2) ?? adapter.DriverModel?.Trim() ?? Strings.EvidenceUnknown,
            string.IsNullOrWhiteSpace(adapter.DriverVersion) ? Strings.EvidenceUnknown : adapter.DriverVersion.Trim());
}
