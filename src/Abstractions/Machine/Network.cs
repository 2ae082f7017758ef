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
