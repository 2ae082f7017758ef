using WuToolkit.Abstractions;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The settings <c>network.endpoints</c> reads (<c>wutk run --set network.endpoints=https://wsus.contoso.local:8531/</c>).</summary>
public static class NetworkSettings
{
    /// <summary>The endpoints to resolve and probe; a WSUS server or a proxy's test address can replace them.</summary>
    public static readonly UrlListSetting Endpoints =
        new(EndpointsCheck.EndpointsSetting, Strings.SettingEndpoints, EndpointsCheck.DefaultEndpoints.Select(url => new Uri(url)).ToList());
}
