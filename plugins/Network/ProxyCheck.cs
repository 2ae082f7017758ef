using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The update agent and BITS ignore the browser's proxy and use WinHTTP's: a stale WinHTTP proxy left by a
/// VPN client or an old corporate image breaks downloads while browsing works fine.</summary>
[ExportCheck("network.proxy", "WinHTTP proxy", Scenario = Scenario.Both, Tags = ["network", "proxy"])]
public sealed class ProxyCheck : ICheck
{
    /// <summary>The fix that puts WinHTTP back to direct access.</summary>
    public const string ResetProxyFix = "network.reset-winhttp-proxy";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proxy = await context.Machine.Network.GetWinHttpProxyAsync(cancellationToken).ConfigureAwait(false);
        if (proxy.Direct)
        {
            return CheckResult.Pass(Strings.ProxyDirect, new Evidence("winHttpProxy", "direct"));
        }

        var server = string.IsNullOrWhiteSpace(proxy.Server) ? "-" : proxy.Server;
        Evidence[] evidence =
        [
            new("winHttpProxy", server),
            new("bypassList", string.IsNullOrWhiteSpace(proxy.BypassList) ? "-" : proxy.BypassList),
        ];
        return CheckResult.Warn(Strings.FormatProxySet(server), evidence, ResetProxyFix);
    }
}
