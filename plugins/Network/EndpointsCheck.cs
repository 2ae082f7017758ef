using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>An adapter with an address proves little if DNS, a firewall or a filtering proxy stands between the PC
/// and Microsoft: resolve and probe each endpoint the update agent talks to.</summary>
[ExportCheck("network.endpoints", "Windows Update endpoints reachable", Scenario = Scenario.Both, Tags = ["network", "endpoints"], Settings = typeof(NetworkSettings))]
public sealed class EndpointsCheck : ICheck
{
    /// <summary>Setting: the endpoints to probe, as comma-separated URLs.</summary>
    public const string EndpointsSetting = "network.endpoints";

    /// <summary>Where the update agent goes: the service locator, the delivery front end, the payload CDN, and the
    /// redirector that many update links pass through.</summary>
    public static IReadOnlyList<string> DefaultEndpoints { get; } =
    [
        "https://sls.update.microsoft.com/",
        "https://fe3.delivery.mp.microsoft.com/",
        "https://download.windowsupdate.com/",
        "https://go.microsoft.com/",
    ];

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = context.Settings.Get(NetworkSettings.Endpoints);
        var network = context.Machine.Network;
        var outcomes = await Task.WhenAll(urls.Select(url => ReachAsync(network, url, cancellationToken))).ConfigureAwait(false);
        var evidence = outcomes.Select((outcome, index) => new Evidence($"endpoint{index + 1}", outcome.Describe())).ToArray();

        if (Array.TrueForAll(outcomes, outcome => !outcome.Resolved))
        {
            return CheckResult.Fail(Strings.FormatNoneResolved(Names(outcomes, outcome => outcome.Host)), evidence);
        }

        var failed = outcomes.Where(outcome => !outcome.Reached).ToList();
        if (failed.Count > 0)
        {
            return CheckResult.Fail(Strings.FormatSomeUnreachable(failed.Count, outcomes.Length, Names(failed, outcome => outcome.Url.Authority)), evidence);
        }

        return CheckResult.Pass(Strings.FormatAllReachable(outcomes.Length), evidence);
    }

    private static async Task<EndpointOutcome> ReachAsync(INetworkQueries network, Uri url, CancellationToken cancellationToken)
    {
        DnsAnswer? dns = null;
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

    // Reachability names the port too: two endpoints may share a host and differ only there.
    private static string Names(IEnumerable<EndpointOutcome> outcomes, Func<EndpointOutcome, string> name) =>
        string.Join(", ", outcomes.Select(name).Distinct(StringComparer.OrdinalIgnoreCase));
}
