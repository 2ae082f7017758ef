using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network.Fixes;

/// <summary><c>netsh winsock reset</c>: rebuilds the Winsock catalog, dropping the layered providers that network and
/// security software install, the part of Microsoft's component reset that a broken socket layer needs. It cannot be
/// undone (the old catalog is gone) and takes effect only after a restart, which the plan says before it asks.</summary>
[ExportFix(
    "network.reset-winsock",
    "Reset Winsock",
    Description = "Runs netsh winsock reset, which rebuilds the Winsock catalog when connections fail although the adapter, DNS and proxy "
        + "are fine. Cannot be undone, removes the layered providers of network and security software, and needs a restart.",
    Addresses = ["network.endpoints"],
    Impact = FixImpact.Heavy)]
public sealed class ResetWinsockFix : IFix
{
    /// <inheritdoc />
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reset = new RunProgramStep { Program = Netsh.Program, Arguments = ["winsock", "reset"], Reason = Strings.WinsockResetReason };
        return Task.FromResult(new FixPlan { Steps = [reset], Notes = [Strings.WinsockRestartNote, Strings.WinsockProvidersNote] });
    }
}
