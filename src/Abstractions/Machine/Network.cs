namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about network adapters, name resolution, reachability and proxies.</summary>
public interface INetworkQueries
{
    /// <summary>Every network adapter with its addresses.</summary>
    Task<IReadOnlyList<AdapterInfo>> GetAdaptersAsync(CancellationToken cancellationToken);

    /// <summary>Resolves a host name; a failure is an answer (<see cref="DnsAnswer.Error"/>), not an exception.</summary>
    Task<DnsAnswer> ResolveAsync(string host, CancellationToken cancellationToken);

    /// <summary>Sends one HTTP(S) request; a failure is an answer (<see cref="HttpProbe.Error"/>), not an exception.</summary>
    Task<HttpProbe> ProbeAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>The WinHTTP proxy that the Windows Update agent and BITS use.</summary>
    Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken);

    /// <summary>Asks for the first bytes of an address with an HTTP Range request, to learn whether the way there
    /// (a proxy, a filter) honours ranges, which Windows Update downloads need; a failure is an answer. A machine
    /// written without it answers "not available".</summary>
    Task<RangeProbe> ProbeRangeAsync(Uri url, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"rangeProbes/{url?.OriginalString}");

    /// <summary>Downloads from an address until <paramref name="maxBytes"/> or <paramref name="maxDuration"/>, whichever
    /// comes first, and reports how fast it went; a failure is an answer. A machine written without it answers "not available".</summary>
    /// <param name="url">What to download.</param>
    /// <param name="maxBytes">Stop after this many bytes.</param>
    /// <param name="maxDuration">Stop after this long.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    Task<DownloadMeasurement> MeasureDownloadAsync(Uri url, long maxBytes, TimeSpan maxDuration, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"downloads/{url?.OriginalString}");

    /// <summary>Whether the connection in use is metered (paid by the byte). A machine written without it answers "not available".</summary>
    Task<ConnectionCostInfo> GetConnectionCostAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("connectionCost");
}

/// <summary>Whether an adapter can carry traffic.</summary>
public enum AdapterState
{
    /// <summary>Connected and up.</summary>
    Up,

    /// <summary>Down, disabled or media disconnected.</summary>
    Down,

    /// <summary>Any other state.</summary>
    Unknown,
}

/// <summary>What kind of adapter this is.</summary>
public enum AdapterKind
{
    /// <summary>Wired Ethernet.</summary>
    Ethernet,

    /// <summary>Wi-Fi.</summary>
    Wireless,

    /// <summary>Mobile broadband.</summary>
    Cellular,

    /// <summary>A tunnel or VPN adapter.</summary>
    Tunnel,

    /// <summary>The loopback adapter.</summary>
    Loopback,

    /// <summary>Anything else (virtual switches, Bluetooth PAN, …).</summary>
    Other,
}

/// <summary>One network adapter.</summary>
public sealed record AdapterInfo
{
    /// <summary>Connection name, such as <c>Wi-Fi</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Driver description, such as <c>Intel(R) Wi-Fi 6 AX201 160MHz</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Kind of adapter.</summary>
    public required AdapterKind Kind { get; init; }

    /// <summary>Whether it is up.</summary>
    public required AdapterState State { get; init; }

    /// <summary>Its IPv4 addresses.</summary>
    public IReadOnlyList<string> IPv4Addresses { get; init; } = [];

    /// <summary>Its default gateways.</summary>
    public IReadOnlyList<string> Gateways { get; init; } = [];

    /// <summary>Its DNS servers.</summary>
    public IReadOnlyList<string> DnsServers { get; init; } = [];
}

/// <summary>The result of resolving a name.</summary>
public sealed record DnsAnswer
{
    /// <summary>The name asked for.</summary>
    public required string Host { get; init; }

    /// <summary>The addresses found; empty on failure.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Why resolution failed, or <see langword="null"/>.</summary>
    public string? Error { get; init; }
}

/// <summary>The result of one HTTP request.</summary>
public sealed record HttpProbe
{
    /// <summary>The address asked for.</summary>
    public required Uri Url { get; init; }

    /// <summary>The HTTP status code, or <see langword="null"/> when no response came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why no response came (name not resolved, refused, TLS failure, timeout), or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>How long the request took.</summary>
    public double ElapsedMilliseconds { get; init; }

    /// <summary>The TLS version agreed for an HTTPS address, such as <c>Tls12</c> or <c>Tls13</c>, when known.</summary>
    public string? TlsProtocol { get; init; }
}

/// <summary>The answer to an HTTP Range request.</summary>
public sealed record RangeProbe
{
    /// <summary>The address asked for.</summary>
    public required Uri Url { get; init; }

    /// <summary>The HTTP status code (206 when the range was honoured), or <see langword="null"/> when no response came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Whether the answer was the range asked for (status 206 with a matching <c>Content-Range</c>).</summary>
    public bool RangeHonoured { get; init; }

    /// <summary>A <c>Via</c> or proxy header seen on the answer, naming a proxy on the way, when there was one.</summary>
    public string? Via { get; init; }

    /// <summary>Why no response came, or <see langword="null"/>.</summary>
    public string? Error { get; init; }
}

/// <summary>What the connection in use costs.</summary>
public sealed record ConnectionCostInfo
{
    /// <summary>Whether it is metered (paid by the byte, or capped): Windows then holds most updates back, and wutk
    /// does not download to measure speed.</summary>
    public required bool Metered { get; init; }
}

/// <summary>How a bounded download went.</summary>
public sealed record DownloadMeasurement
{
    /// <summary>The address downloaded from.</summary>
    public required Uri Url { get; init; }

    /// <summary>Bytes received.</summary>
    public required long Bytes { get; init; }

    /// <summary>How long receiving them took.</summary>
    public required double ElapsedMilliseconds { get; init; }

    /// <summary>Why the download stopped early or never started, or <see langword="null"/>.</summary>
    public string? Error { get; init; }
}

/// <summary>A proxy configuration.</summary>
public sealed record ProxyInfo
{
    /// <summary>True when traffic goes straight out with no proxy.</summary>
    public required bool Direct { get; init; }

    /// <summary>The proxy server(s), as configured.</summary>
    public string? Server { get; init; }

    /// <summary>Addresses that skip the proxy.</summary>
    public string? BypassList { get; init; }
}
