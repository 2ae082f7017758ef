using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Adapters, DNS and HTTP reachability through System.Net.</summary>
internal sealed class PortableNetwork(TimeSpan probeTimeout) : INetworkQueries, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectTimeout = probeTimeout,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public Task<IReadOnlyList<AdapterInfo>> GetAdaptersAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<AdapterInfo> adapters = NetworkInterface.GetAllNetworkInterfaces().Select(Describe).ToList();
        return Task.FromResult(adapters);
    }

    public async Task<DnsAnswer> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            return new DnsAnswer { Host = host, Addresses = addresses.Select(address => address.ToString()).ToList() };
        }
        catch (SocketException ex)
        {
            return new DnsAnswer { Host = host, Addresses = [], Error = ex.Message };
        }
    }

    public async Task<HttpProbe> ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(probeTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            return new HttpProbe { Url = url, StatusCode = (int)response.StatusCode, Error = null, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds };
        }
        catch (HttpRequestException ex)
        {
            var reason = ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
            return new HttpProbe { Url = url, StatusCode = null, Error = reason, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HttpProbe { Url = url, StatusCode = null, Error = Strings.FormatProbeTimedOut(probeTimeout.TotalSeconds), ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds };
        }
    }

    public Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<ProxyInfo>("winHttpProxy");

    public void Dispose() => _http.Dispose();

    private static AdapterInfo Describe(NetworkInterface adapter)
    {
        var properties = adapter.GetIPProperties();
        return new AdapterInfo { Name = adapter.Name, Description = adapter.Description, Kind = adapter.NetworkInterfaceType switch
            {
                NetworkInterfaceType.Loopback => AdapterKind.Loopback,
                NetworkInterfaceType.Wireless80211 => AdapterKind.Wireless,
                NetworkInterfaceType.Tunnel => AdapterKind.Tunnel,
                NetworkInterfaceType.Wwanpp or NetworkInterfaceType.Wwanpp2 => AdapterKind.Cellular,
                NetworkInterfaceType.Ethernet or NetworkInterfaceType.Ethernet3Megabit or NetworkInterfaceType.FastEthernetT
                    or NetworkInterfaceType.FastEthernetFx or NetworkInterfaceType.GigabitEthernet => AdapterKind.Ethernet,
                _ => AdapterKind.Other,
            }, State = adapter.OperationalStatus switch
            {
                OperationalStatus.Up => AdapterState.Up,
                OperationalStatus.Down or OperationalStatus.NotPresent or OperationalStatus.LowerLayerDown => AdapterState.Down,
                _ => AdapterState.Unknown,
            }, IPv4Addresses = properties.UnicastAddresses
                .Where(address => address.Address.AddressFamily == AddressFamily.InterNetwork)
                .Select(address => address.Address.ToString())
                .ToList(), Gateways = SafeList(() => properties.GatewayAddresses.Select(gateway => gateway.Address.ToString())), DnsServers = SafeList(() => properties.DnsAddresses.Select(address => address.ToString())) };
    }

    /// <summary>Some platforms do not implement every property; a missing list is an empty one.</summary>
    private static List<string> SafeList(Func<IEnumerable<string>> read)
    {
        try
        {
            return read().ToList();
        }
        catch (PlatformNotSupportedException)
        {
            return [];
        }
    }
}
