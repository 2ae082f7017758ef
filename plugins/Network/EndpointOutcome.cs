using System.Globalization;
using System.Runtime.ExceptionServices;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>What happened on the way to one update endpoint: its name resolution (none for an IP literal) and, once
/// resolved, its HTTP probe; or the question this machine could not answer on the way.</summary>
/// <param name="Url">The endpoint as configured.</param>
/// <param name="Dns">The resolution of its host, or <see langword="null"/> when the host is an address.</param>
/// <param name="Probe">The HTTP probe, or <see langword="null"/> when the name did not resolve.</param>
/// <param name="Unanswered">The question this machine could not answer (a snapshot that did not record it), or
/// <see langword="null"/>.</param>
internal sealed record EndpointOutcome(Uri Url, DnsAnswer? Dns, HttpProbe? Probe, QuestionUnansweredException? Unanswered = null)
{
    private const int ProxyAuthenticationRequired = 407;

    /// <summary>Whether the facts are known; an unknown outcome is neither reached nor unreached.</summary>
    public bool Known => Unanswered is null;

    public bool Resolved => Dns is null || (Dns.Error is null && Dns.Addresses.Count > 0);

    /// <summary>Any status code proves the path works (a 403 or 404 still came back from the server), except a proxy's
    /// demand for credentials: the update client runs as SYSTEM and has none to give.</summary>
    public bool Reached => Probe?.StatusCode is { } status && status != ProxyAuthenticationRequired;

    /// <summary>HTTPS agreed on a TLS version older than 1.2.</summary>
    public bool WeakTls => Url.Scheme == Uri.UriSchemeHttps && Probe?.TlsProtocol is { } protocol && TlsVersions.IsBelow12(protocol);

    public string Host => Url.IdnHost;

    /// <summary>Resolves the endpoint's host (unless it is an address) and probes it; a question the machine cannot
    /// answer is kept in the outcome, so that the facts that are known can still be judged.</summary>
    public static async Task<EndpointOutcome> ReachAsync(INetworkQueries network, Uri url, CancellationToken cancellationToken)
    {
        DnsAnswer? dns = null;
        try
        {
            if (url.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6))
            {
                dns = await network.ResolveAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
                if (dns.Error is not null || dns.Addresses.Count == 0)
                {
                    return new EndpointOutcome(url, dns, null);
                }
            }

            // The Uri goes out as built from the setting: a snapshot keys its probes by the original string.
            var probe = await network.ProbeAsync(url, cancellationToken).ConfigureAwait(false);
            return new EndpointOutcome(url, dns, probe);
        }
        catch (QuestionUnansweredException unanswered)
        {
            return new EndpointOutcome(url, dns, null, unanswered);
        }
    }

    /// <summary>Throws the first unanswered question among <paramref name="outcomes"/>, so that the check is Skipped
    /// rather than judged on part of its facts.</summary>
    public static void ThrowIfAnyUnanswered(IEnumerable<EndpointOutcome> outcomes)
    {
        if (outcomes.FirstOrDefault(outcome => !outcome.Known)?.Unanswered is { } unanswered)
        {
            ExceptionDispatchInfo.Throw(unanswered);
        }
    }

    public string Describe()
    {
        if (Unanswered is not null)
        {
            return Strings.FormatEvidenceEndpointNotRecorded(Url.OriginalString, Unanswered.Question);
        }

        var addresses = Dns is null ? Host : string.Join(", ", Dns.Addresses);
        if (!Resolved)
        {
            return Strings.FormatEvidenceEndpointDnsError(Url.OriginalString, Dns?.Error ?? Strings.EvidenceNoAddress);
        }

        return Probe switch
        {
            { StatusCode: { } status } => Strings.FormatEvidenceEndpointStatus(
                Url.OriginalString,
                addresses,
                status.ToString(CultureInfo.InvariantCulture),
                Probe.ElapsedMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                Tls(Probe)),
            _ => $"{Url.OriginalString} -> {addresses} -> {Strings.FormatEvidenceNoResponse(Probe?.Error ?? "-")}",
        };
    }

    private static string Tls(HttpProbe probe) => string.IsNullOrEmpty(probe.TlsProtocol) ? "" : $", {probe.TlsProtocol}";
}
