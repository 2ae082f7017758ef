using System.Globalization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Network;

/// <summary>What happened on the way to one update endpoint: its name resolution (none for an IP literal)
/// and, once resolved, its HTTP probe.</summary>
/// <param name="Url">The endpoint as configured.</param>
/// <param name="Dns">The resolution of its host, or <see langword="null"/> when the host is an address.</param>
/// <param name="Probe">The HTTP probe, or <see langword="null"/> when the name did not resolve.</param>
internal sealed record EndpointOutcome(Uri Url, DnsAnswer? Dns, HttpProbe? Probe)
{
    public bool Resolved => Dns is null || (Dns.Error is null && Dns.Addresses.Count > 0);

    /// <summary>Any status code proves the path works: a 403 or 404 still came back from the server.</summary>
    public bool Reached => Probe?.StatusCode is not null;

    public string Host => Url.IdnHost;

    public string Describe()
    {
        var addresses = Dns is null ? Host : string.Join(", ", Dns.Addresses);
        if (!Resolved)
        {
            return $"{Url.OriginalString} -> dns error: {Dns?.Error ?? "no address"}";
        }

        return Probe switch
        {
            { StatusCode: { } status } => string.Create(
                CultureInfo.InvariantCulture,
                $"{Url.OriginalString} -> {addresses} -> HTTP {status} in {Probe.ElapsedMilliseconds:0} ms"),
            _ => $"{Url.OriginalString} -> {addresses} -> no response: {Probe?.Error ?? "-"}",
        };
    }
}
