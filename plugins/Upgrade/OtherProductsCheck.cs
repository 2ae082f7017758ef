using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// "Receive updates for other Microsoft products" is the Microsoft Update service registered with automatic updates.
/// It neither helps nor hinders the upgrade, so this is a note that passes either way: after the upgrade the user can
/// compare the setting with what it was. (Where updates come from and who manages them is health.update-source's
/// business; this check says only how the setting stands for the upgrade.)
/// </summary>
[ExportCheck(
    "upgrade.other-products",
    "Updates for other Microsoft products (note)",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "updates"],
    Description = "Notes whether \"Receive updates for other Microsoft products\" (the Microsoft Update service registered with automatic updates) is on, so it can be checked again after the upgrade; passes either way.")]
public sealed class OtherProductsCheck : ICheck
{
    /// <summary>The Microsoft Update service's id in the Windows Update agent.</summary>
    public const string MicrosoftUpdateServiceId = "7971f918-a847-4430-9279-4a52d1efe18d";

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = await context.Machine.Updates.GetServiceRegistrationsAsync(cancellationToken).ConfigureAwait(false);

        var microsoftUpdate = services.FirstOrDefault(service => string.Equals(service.ServiceId.Trim(), MicrosoftUpdateServiceId, StringComparison.OrdinalIgnoreCase));
        var automatic = services.FirstOrDefault(service => service.IsDefaultAUService);
        var on = microsoftUpdate?.IsRegisteredWithAU == true;
        var evidence = new[]
        {
            new Evidence("microsoftUpdate", microsoftUpdate switch
            {
                null => ReadinessStrings.EvidenceNotRegistered,
                { IsRegisteredWithAU: true } => ReadinessStrings.EvidenceRegisteredWithAutomaticUpdates,
                _ => ReadinessStrings.EvidenceRegisteredWithoutAutomaticUpdates,
            }),
            new Evidence("defaultAutomaticUpdatesService", automatic?.Name ?? ReadinessStrings.EvidenceNone),
        };

        return CheckResult.Pass(on ? ReadinessStrings.OtherProductsOn : ReadinessStrings.OtherProductsOff, evidence);
    }
}
