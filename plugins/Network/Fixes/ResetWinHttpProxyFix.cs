using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network.Fixes;

/// <summary>Puts WinHTTP, which Windows Update and BITS use, back to direct access with <c>netsh winhttp reset proxy</c>:
/// the cure for a stale proxy a VPN client or an old image left behind. Undoing it sets the proxy and bypass list back
/// as the machine reports them now.</summary>
[ExportFix(
    ProxyCheck.ResetProxyFix,
    "Reset the WinHTTP proxy",
    Description = "Runs netsh winhttp reset proxy, so that Windows Update and BITS connect directly instead of through a stale WinHTTP proxy; "
        + "undoing it sets the proxy and bypass list back as they were. Only where the network has no proxy that traffic must pass through.",
    Addresses = ["network.proxy"],
    Impact = FixImpact.Gentle)]
public sealed class ResetWinHttpProxyFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proxy = await context.Machine.Network.GetWinHttpProxyAsync(cancellationToken).ConfigureAwait(false);
        if (proxy.Direct)
        {
            return new FixPlan { Notes = [Strings.ProxyAlreadyDirect] };
        }

        var notes = new List<string>();
        var undo = RestoreProxy(proxy);
        if (undo is null)
        {
            notes.Add(Strings.ProxyCannotRestore);
        }

        if (context.ManagedBy.Count > 0)
        {
            notes.Add(Strings.FormatProxyManagedNote(string.Join(", ", context.ManagedBy)));
        }

        var reset = new RunProgramStep
        {
            Program = Netsh.Program,
            Arguments = ["winhttp", "reset", "proxy"],
            Undo = undo,
            Reason = undo is null ? Strings.FormatProxyResetReason(Text(proxy.Server)) : Strings.FormatProxyResetUndoableReason(Text(proxy.Server)),
        };
        return new FixPlan { Steps = [reset], Notes = notes };
    }

    /// <summary><c>netsh winhttp set proxy</c> with the proxy as it is now, or <see langword="null"/> when the machine's
    /// answer cannot be given back to netsh as it is: no server (a configuration netsh cannot set this way), or text with
    /// control characters, which no real proxy setting holds.</summary>
    private static RunProgramStep? RestoreProxy(ProxyInfo proxy)
    {
        var server = proxy.Server?.Trim();
        var bypass = proxy.BypassList?.Trim();
        if (string.IsNullOrEmpty(server) || server.Any(char.IsControl) || (bypass is not null && bypass.Any(char.IsControl)))
        {
            return null;
        }

        List<string> arguments = ["winhttp", "set", "proxy", "proxy-server=" + server];
        if (!string.IsNullOrEmpty(bypass))
        {
            arguments.Add("bypass-list=" + bypass);
        }

        return new RunProgramStep { Program = Netsh.Program, Arguments = arguments, Reason = Strings.FormatProxyRestoreReason(server) };
    }

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "-" : value.Trim();
}
