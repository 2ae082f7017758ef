using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Adapters, names, HTTP and downloads as .NET answers them everywhere; the WinHTTP proxy and the
/// connection's cost through Windows.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsNetwork(INetworkQueries portable) : INetworkQueries
{
    public Task<IReadOnlyList<AdapterInfo>> GetAdaptersAsync(CancellationToken cancellationToken) => portable.GetAdaptersAsync(cancellationToken);

    public Task<DnsAnswer> ResolveAsync(string host, CancellationToken cancellationToken) => portable.ResolveAsync(host, cancellationToken);

    public Task<HttpProbe> ProbeAsync(Uri url, CancellationToken cancellationToken) => portable.ProbeAsync(url, cancellationToken);

    public Task<RangeProbe> ProbeRangeAsync(Uri url, CancellationToken cancellationToken) => portable.ProbeRangeAsync(url, cancellationToken);

    public Task<DownloadMeasurement> MeasureDownloadAsync(Uri url, long maxBytes, TimeSpan maxDuration, CancellationToken cancellationToken) =>
        portable.MeasureDownloadAsync(url, maxBytes, maxDuration, cancellationToken);

    public Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken) => Task.FromResult(WindowsProxy.Read());

    public Task<ConnectionCostInfo> GetConnectionCostAsync(CancellationToken cancellationToken) => WindowsConnectionCost.ReadAsync(cancellationToken);
}
