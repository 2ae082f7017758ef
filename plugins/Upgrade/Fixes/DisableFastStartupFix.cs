using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>
/// Turns fast startup off for the upgrade: <c>HiberbootEnabled</c> = 0 under <c>Session Manager\Power</c>, the value the
/// Control Panel's "Turn on fast startup" writes, so that "Shut down" ends Windows' kernel and drivers and the next start
/// is a fresh one. The journal keeps the value it had, so undoing the fix turns fast startup on again. Where the
/// "Require use of fast startup" policy is set, the policy wins over the value and the fix leaves it alone.
/// </summary>
[ExportFix(FastStartupCheck.DisableFastStartupFix, "Turn off fast startup",
    Description = "Sets HiberbootEnabled to 0 so that shutting down really ends Windows before and during the upgrade; undoing the fix turns fast startup on again. Leaves a PC alone where policy requires fast startup.",
    Addresses = ["upgrade.fast-startup"], Impact = FixImpact.Gentle, Scenario = Scenario.Upgrade)]
public sealed class DisableFastStartupFix : IFix
{
    public const string PowerKey = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";

    /// <summary>Where the "Require use of fast startup" policy keeps its value of the same name.</summary>
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\System";

    public const string ValueName = "HiberbootEnabled";

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var registry = context.Machine.Registry;
        var value = await registry.GetValueAsync(PowerKey, ValueName, cancellationToken).ConfigureAwait(false);

        // Only the value the check reports as on: anything else is off, not set, or not understood, and left alone.
        if (value is not { Kind: "REG_DWORD" } || value.Data.Trim() != "1")
        {
            return new FixPlan { Notes = [FixStrings.FastStartupAlreadyOff] };
        }

        var policy = await Optional.AskAsync(() => registry.GetValueAsync(PolicyKey, ValueName, cancellationToken)).ConfigureAwait(false);
        if (policy.Value is { Kind: "REG_DWORD" } required && required.Data.Trim() == "1")
        {
            return new FixPlan
            {
                Omitted = [new OmittedStep { Description = FixStrings.FastStartupStep, Reason = FixStrings.FastStartupRequiredByPolicy }],
            };
        }

        return new FixPlan
        {
            Steps = [new SetRegistryValueStep { Key = PowerKey, Name = ValueName, Kind = "REG_DWORD", Data = "0", Reason = FixStrings.FastStartupReason }],
            Notes = [FixStrings.FastStartupNextShutdown],
        };
    }
}
