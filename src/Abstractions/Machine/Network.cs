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
/// <param name="Name">Connection name, such as <c>Wi-Fi</c>.</param>
/// <param name="Description">Driver description, such as <c>Intel(R) Wi-Fi 6 AX201 160MHz</c>.</param>
/// <param name="Kind">Kind of adapter.</param>
/// <param name="State">Whether it is up.</param>
/// <param name="IPv4Addresses">Its IPv4 addresses.</param>
/// <param name="Gateways">Its default gateways.</param>
/// <param name="DnsServers">Its DNS servers.</param>
public sealed record AdapterInfo(
    string Name,
    string Description,
    AdapterKind Kind,
    AdapterState State,
    IReadOnlyList<string> IPv4Addresses,
    IReadOnlyList<string> Gateways,
    IReadOnlyList<string> DnsServers);

/// <summary>The result of resolving a name.</summary>
/// <param name="Host">The name asked for.</param>
/// <param name="Addresses">The addresses found; empty on failure.</param>
/// <param name="Error">Why resolution failed, or <see langword="null"/>.</param>
public sealed record DnsAnswer(string Host, IReadOnlyList<string> Addresses, string? Error = null);

/// <summary>The result of one HTTP request.</summary>
/// <param name="Url">The address asked for.</param>
/// <param name="StatusCode">The HTTP status code, or <see langword="null"/> when no response came.</param>
/// <param name="Error">Why no response came (name not resolved, refused, TLS failure, timeout), or <see langword="null"/>.</param>
/// <param name="ElapsedMilliseconds">How long the request took.</param>
public sealed record HttpProbe(Uri Url, int? StatusCode = null, string? Error = null, double ElapsedMilliseconds = 0);

/// <summary>A proxy configuration.</summary>
/// <param name="Direct">True when traffic goes straight out with no proxy.</param>
/// <param name="Server">The proxy server(s), as configured.</param>
/// <param name="BypassList">Addresses that skip the proxy.</param>
public sealed record ProxyInfo(bool Direct, string? Server = null, string? BypassList = null);
