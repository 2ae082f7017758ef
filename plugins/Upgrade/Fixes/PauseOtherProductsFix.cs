using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>
/// Turns off "Receive updates for other Microsoft products" for the upgrade, as <c>upgrade.other-products</c> reads it:
/// the Microsoft Update service is unregistered from automatic updates (the Windows Update agent's
/// <c>UnregisterServiceWithAU</c>, undone by <c>RegisterServiceWithAU</c>), and the Settings switch that mirrors it
/// (<c>AllowMUUpdateService</c> under <c>WindowsUpdate\UX\Settings</c>) is set off so that Windows does not register the
/// service again meanwhile; the journal keeps its value. Never on a managed PC: there the administrator decides where
/// updates come from, and wutk leaves it alone, as it does wherever a policy sets the switch.
/// </summary>
[ExportFix(FixId, "Pause updates for other Microsoft products",
    Description = "Turns off \"Receive updates for other Microsoft products\" for the upgrade (the Microsoft Update service unregistered from automatic updates, and the Settings switch set off), reversibly; upgrade.restore-other-products turns it on again. Never on a managed PC.",
    Addresses = ["upgrade.other-products"], Impact = FixImpact.Gentle, Scenario = Scenario.Upgrade, UndoFixId = "upgrade.restore-other-products")]
public sealed class PauseOtherProductsFix : IFix
{
    public const string FixId = "upgrade.pause-other-products";

    /// <summary>The Settings app's switch.</summary>
    public const string SettingsKey = @"HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings";

    /// <summary>Where the "Install updates for other Microsoft products" policy (Update/AllowMUUpdateService) sets it.</summary>
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU";

    public const string ValueName = "AllowMUUpdateService";

    private const string PowerShell = @"%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe";

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ManagedBy.Count > 0)
        {
            return Omit(FixStrings.FormatOtherProductsManaged(string.Join(FixStrings.ListSeparator, context.ManagedBy)));
        }

        var registry = context.Machine.Registry;
        var policy = await Optional.AskAsync(() => registry.GetValueAsync(PolicyKey, ValueName, cancellationToken)).ConfigureAwait(false);
        if (policy.Value is not null)
        {
            return Omit(FixStrings.OtherProductsByPolicy);
        }

        var services = await context.Machine.Updates.GetServiceRegistrationsAsync(cancellationToken).ConfigureAwait(false);
        var on = services.Any(service => service.IsRegisteredWithAU
            && string.Equals(service.ServiceId.Trim().Trim('{', '}'), OtherProductsCheck.MicrosoftUpdateServiceId, StringComparison.OrdinalIgnoreCase));
        if (!on)
        {
            return new FixPlan { Notes = [FixStrings.OtherProductsAlreadyOff] };
        }

        var steps = new List<FixStep>();
        var current = await Optional.AskAsync(() => registry.GetValueAsync(SettingsKey, ValueName, cancellationToken)).ConfigureAwait(false);
        if (current.Value is not { Kind: "REG_DWORD", Data: "0" })
        {
            steps.Add(new SetRegistryValueStep { Key = SettingsKey, Name = ValueName, Kind = "REG_DWORD", Data = "0", Reason = FixStrings.OtherProductsSwitchReason });
        }

        steps.Add(new RunProgramStep
        {
            Program = PowerShell,
            Arguments = ServiceManager("UnregisterServiceWithAU"),
            Timeout = TimeSpan.FromMinutes(2),
            Reason = FixStrings.OtherProductsUnregisterReason,
            Undo = new RunProgramStep
            {
                Program = PowerShell,
                Arguments = ServiceManager("RegisterServiceWithAU"),
                Timeout = TimeSpan.FromMinutes(2),
                Reason = FixStrings.OtherProductsRegisterReason,
            },
        });
        return new FixPlan { Steps = steps, Notes = [FixStrings.OtherProductsAfterUpgrade] };
    }

    private static FixPlan Omit(string reason) => new()
    {
        Omitted = [new OmittedStep { Description = FixStrings.OtherProductsStep, Reason = reason }],
    };

    /// <summary>One call of the Windows Update agent's service manager with the Microsoft Update service's id, a fixed
    /// command with nothing from the PC in it. PowerShell ends with exit code 1 when the call fails.</summary>
    private static string[] ServiceManager(string method) =>
        ["-NoProfile", "-NonInteractive", "-Command", $"(New-Object -ComObject Microsoft.Update.ServiceManager).{method}('{OtherProductsCheck.MicrosoftUpdateServiceId}')"];
}
