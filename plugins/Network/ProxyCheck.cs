using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The update client and BITS ignore the browser's proxy and use WinHTTP's. Two mismatches break updates while
/// browsing works fine: a proxy set for the user but not for WinHTTP (on a network that only lets traffic out through
/// the proxy, Microsoft's guide: "connections to Windows Update will fail"), and a stale WinHTTP proxy left behind by a
/// VPN client or an old corporate image. The same proxy on both sides is a PC behind a working proxy: fine.</summary>
[ExportCheck(
    "network.proxy",
    "WinHTTP proxy against the user's proxy",
    Scenario = Scenario.Both,
    Tags = ["network", "proxy"],
    Description = "Compares the WinHTTP proxy, which Windows Update and BITS use, with the signed-in user's proxy: a proxy "
        + "the browser uses but WinHTTP lacks is the classic \"browser works, Windows Update does not\"; a WinHTTP proxy "
        + "the user does not use is often a stale leftover. The same proxy on both sides passes.")]
public sealed class ProxyCheck : ICheck
{
    /// <summary>The fix that puts WinHTTP back to direct access.</summary>
    public const string ResetProxyFix = "network.reset-winhttp-proxy";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var winHttp = await context.Machine.Network.GetWinHttpProxyAsync(cancellationToken).ConfigureAwait(false);
        var user = await UserProxy.ReadAsync(context.Machine.Registry, cancellationToken).ConfigureAwait(false);
        var server = string.IsNullOrWhiteSpace(winHttp.Server) ? "-" : winHttp.Server.Trim();
        List<Evidence> evidence = winHttp.Direct
            ? [new("winHttpProxy", Strings.EvidenceDirect)]
            : [new("winHttpProxy", server), new("bypassList", string.IsNullOrWhiteSpace(winHttp.BypassList) ? "-" : winHttp.BypassList)];
        evidence.Add(new Evidence("userProxy", user?.Describe() ?? Strings.EvidenceNotRecorded));

        return (winHttp.Direct, user) switch
        {
            (true, { UsesServer: true }) => CheckResult.Warn(Strings.FormatUserProxyOnly(user.Server!), evidence),
            (true, { UsesScript: true }) => CheckResult.Warn(Strings.FormatUserScriptOnly(user.AutoConfigUrl!), evidence),
            (true, _) => CheckResult.Pass(Strings.ProxyDirect, [.. evidence]),

            // A PC behind a working proxy: the same one for the user and for the system.
            (false, { UsesServer: true }) when UserProxy.SameServers(user.Server, winHttp.Server) =>
                CheckResult.Pass(Strings.FormatProxySame(server), [.. evidence]),
            (false, { UsesServer: true }) => CheckResult.Warn(Strings.FormatProxyDiffers(server, user.Server!), evidence, ResetProxyFix),

            // Managed networks often give users a PAC script and the system a fixed proxy: both are deliberate.
            (false, { UsesScript: true }) => CheckResult.Pass(Strings.FormatProxyBesideScript(server, user.AutoConfigUrl!), [.. evidence]),
            _ => CheckResult.Warn(Strings.FormatProxySet(server), evidence, ResetProxyFix),
        };
    }
}
