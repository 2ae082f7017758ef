using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Adapters, DNS, HTTP reachability, Range requests and download speed through System.Net.</summary>
internal sealed class PortableNetwork : INetworkQueries, IDisposable
{
    private readonly TimeSpan _probeTimeout;

    /// <summary>Reachability: redirects are not followed, because any answer at all tells that the address is reachable.</summary>
    private readonly HttpClient _probes;

    /// <summary>Range requests and downloads: redirects are followed, as the update client's downloads follow them to the
    /// content servers.</summary>
    private readonly HttpClient _transfers;

    public PortableNetwork(TimeSpan probeTimeout)
        : this(probeTimeout, trust: null)
    {
    }

    /// <param name="probeTimeout">How long a probe waits for a connection and an answer.</param>
    /// <param name="trust">Certificates to trust instead of the system's (a test server's own on loopback); null: the system's.</param>
    internal PortableNetwork(TimeSpan probeTimeout, X509ChainPolicy? trust)
    {
        _probeTimeout = probeTimeout;
        var probeHandler = Handler(probeTimeout, followRedirects: false, trust);
        TlsCapture.Install(probeHandler);
        _probes = new HttpClient(probeHandler) { Timeout = Timeout.InfiniteTimeSpan };
        _transfers = new HttpClient(Handler(probeTimeout, followRedirects: true, trust)) { Timeout = Timeout.InfiniteTimeSpan };
    }

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
        limit.CancelAfter(_probeTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);

        // A connection of its own: the TLS version is learnt when a connection opens, and a probe measures a full connect.
        request.Headers.ConnectionClose = true;
        try
        {
            using var response = await _probes.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return HttpFailure.IsHttpStatus(status)
                ? new HttpProbe { Url = url, StatusCode = status, Error = null, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, TlsProtocol = TlsCapture.ProtocolOf(request) }
                : new HttpProbe { Url = url, StatusCode = null, Error = PortableStrings.FormatNotAnHttpStatus(status), ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, TlsProtocol = TlsCapture.ProtocolOf(request) };
        }
        catch (HttpRequestException ex)
        {
            return new HttpProbe { Url = url, StatusCode = null, Error = HttpFailure.Describe(ex), ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HttpProbe { Url = url, StatusCode = null, Error = HttpFailure.TimedOut(_probeTimeout), ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds };
        }
    }

    public async Task<RangeProbe> ProbeRangeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_probeTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = RangeAnswer.Request();
        try
        {
            // Headers only: a server that ignores the range may be starting a multi-gigabyte file, which is not read.
            using var response = await _transfers.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return HttpFailure.IsHttpStatus(status)
                ? new RangeProbe { Url = url, StatusCode = status, RangeHonoured = RangeAnswer.Honoured(response.StatusCode, response.Content.Headers.ContentRange), Via = RangeAnswer.ProxyOf(response) }
                : new RangeProbe { Url = url, Error = PortableStrings.FormatNotAnHttpStatus(status), Via = RangeAnswer.ProxyOf(response) };
        }
        catch (HttpRequestException ex)
        {
            return new RangeProbe { Url = url, Error = HttpFailure.Describe(ex) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RangeProbe { Url = url, Error = HttpFailure.TimedOut(_probeTimeout) };
        }
    }

    /// <remarks><see cref="DownloadMeasurement.ElapsedMilliseconds"/> is the time from the answer's headers to the last
    /// byte read, so the speed is the transfer's, not the connection set-up's; when no answer came it is the time waited.
    /// <paramref name="maxDuration"/> bounds the whole: connecting, waiting and receiving.</remarks>
    public async Task<DownloadMeasurement> MeasureDownloadAsync(Uri url, long maxBytes, TimeSpan maxDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxDuration, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(maxDuration);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        try
        {
            using var response = await _transfers.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new DownloadMeasurement { Url = url, Bytes = 0, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, Error = PortableStrings.FormatDownloadRefused((int)response.StatusCode) };
            }

            clock.Restart();
            var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var received = await DownloadMeter.ReceiveAsync(body, maxBytes, deadline.Token, cancellationToken).ConfigureAwait(false);
                var error = received switch
                {
                    { Failure: { } failure } => PortableStrings.FormatDownloadBrokeOff(received.Bytes, failure),
                    { OutOfTime: true, Bytes: 0 } => PortableStrings.FormatDownloadNoData(maxDuration.TotalSeconds),
                    _ => null,
                };
                return new DownloadMeasurement { Url = url, Bytes = received.Bytes, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, Error = error };
            }
        }
        catch (HttpRequestException ex)
        {
            return new DownloadMeasurement { Url = url, Bytes = 0, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, Error = HttpFailure.Describe(ex) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DownloadMeasurement { Url = url, Bytes = 0, ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds, Error = HttpFailure.TimedOut(maxDuration) };
        }
    }

    public Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<ProxyInfo>("winHttpProxy");

    public Task<ConnectionCostInfo> GetConnectionCostAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<ConnectionCostInfo>("connectionCost", PortableStrings.FactConnectionCost);

    public void Dispose()
    {
        _probes.Dispose();
        _transfers.Dispose();
    }

    private static SocketsHttpHandler Handler(TimeSpan connectTimeout, bool followRedirects, X509ChainPolicy? trust)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            ConnectTimeout = connectTimeout,
        };
        if (trust is not null)
        {
            handler.SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = trust };
        }

        return handler;
    }

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
