using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>An adapter with an address proves little if DNS, a firewall or a filtering proxy stands between the PC
/// and Microsoft: resolve and probe each endpoint the update client talks to, with the scheme it uses (metadata over
/// HTTPS, payloads over plain HTTP, as Microsoft's endpoint list says). A PC that group policy points at a WSUS server
/// asks only that server for updates: there, the WSUS server decides, and Microsoft's endpoints being blocked (as they
/// often are on such networks) is reported, not failed, unless policy sends some classes of updates to Windows Update
/// all the same.</summary>
[ExportCheck(
    "network.endpoints",
    "Windows Update endpoints reachable",
    Scenario = Scenario.Both,
    Tags = ["network", "endpoints"],
    Settings = typeof(NetworkSettings),
    Description = "Resolves and probes the Windows Update and Delivery Optimization endpoints with the scheme each needs "
        + "(HTTPS for metadata, HTTP for payloads), and the WSUS server set by group policy; warns when HTTPS agrees on a "
        + "TLS version older than 1.2. On a PC managed by a reachable WSUS server, blocked Microsoft endpoints are not a failure.")]
public sealed class EndpointsCheck : ICheck
{
    /// <summary>Setting: the endpoints to probe, as comma-separated URLs.</summary>
    public const string EndpointsSetting = "network.endpoints";

    /// <summary>Where the update client goes, from Microsoft's list of Windows Update endpoints: the service locator and
    /// the client web service (metadata, HTTPS), the payload hosts (plain HTTP, since the payloads carry their own
    /// signatures and hashes), and the Delivery Optimization service (HTTPS).</summary>
    public static IReadOnlyList<string> DefaultEndpoints { get; } =
    [
        "https://sls.update.microsoft.com/",
        "https://fe3.delivery.mp.microsoft.com/",
        "http://download.windowsupdate.com/",
        "http://dl.delivery.mp.microsoft.com/",
        "https://geo.prod.do.dsp.mp.microsoft.com/",
    ];

    // Delivery Optimization's coordination service: without it downloads fall back to plain HTTP from Microsoft
    // ("simple mode"), slower and without peers, but they still work.
    private const string DeliveryOptimizationService = ".do.dsp.mp.microsoft.com";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = context.Settings.Get(NetworkSettings.Endpoints);
        var network = context.Machine.Network;
        var policy = await WsusPolicy.ReadAsync(context.Machine.Registry, cancellationToken).ConfigureAwait(false);
        var outcomes = await Task.WhenAll(urls.Select(url => EndpointOutcome.ReachAsync(network, url, cancellationToken))).ConfigureAwait(false);
        var evidence = outcomes.Select((outcome, index) => new Evidence($"endpoint{index + 1}", outcome.Describe())).ToList();
        evidence.Add(new Evidence("wsusPolicy", policy?.Describe() ?? Strings.EvidenceNotRecorded));

        if (policy is not { Managed: true })
        {
            return JudgeDirect(outcomes, evidence);
        }

        if (policy.Server is not { } server)
        {
            var problem = policy.ServerText is null ? Strings.WsusServerMissing : Strings.FormatWsusServerNotAnAddress(policy.ServerText);
            return CheckResult.Fail(Strings.FormatWsusPolicyBroken(problem), evidence);
        }

        // The WSUS server may be one of the configured endpoints already: ask once.
        var wsus = outcomes.FirstOrDefault(outcome => outcome.Url == server)
            ?? await EndpointOutcome.ReachAsync(network, server, cancellationToken).ConfigureAwait(false);
        evidence.Add(new Evidence("wsus", wsus.Describe()));
        if (policy.FromWindowsUpdate.Count == 0)
        {
            return JudgeWsus(wsus, outcomes, evidence);
        }

        // Some classes still come from Windows Update: both sources must answer.
        EndpointOutcome.ThrowIfAnyUnanswered([wsus]);
        return wsus.Reached ? JudgeDirect(outcomes, evidence) : CheckResult.Fail(Strings.FormatWsusUnreachable(wsus.Url.Authority, Reason(wsus)), evidence);
    }

    private static CheckResult JudgeDirect(EndpointOutcome[] outcomes, List<Evidence> evidence)
    {
        // A failure seen is a fact even when a snapshot did not record every endpoint; a pass needs them all.
        var known = outcomes.Where(outcome => outcome.Known).ToList();
        if (known.Count > 0 && known.TrueForAll(outcome => !outcome.Resolved))
        {
            return CheckResult.Fail(Strings.FormatNoneResolved(Names(known, outcome => outcome.Host)), evidence);
        }

        var failed = known.Where(outcome => !outcome.Reached && !IsDeliveryOptimization(outcome)).ToList();
        if (failed.Count > 0)
        {
            return CheckResult.Fail(Strings.FormatSomeUnreachable(failed.Count, outcomes.Length, Names(failed, outcome => outcome.Url.Authority)), evidence);
        }

        EndpointOutcome.ThrowIfAnyUnanswered(outcomes);
        var warnings = new List<string>();
        var peerless = outcomes.Where(outcome => !outcome.Reached).ToList();
        if (peerless.Count > 0)
        {
            warnings.Add(Strings.FormatDeliveryOptimizationUnreachable(Names(peerless, outcome => outcome.Url.Authority)));
        }

        if (WeakTls(outcomes) is { } weak)
        {
            warnings.Add(weak);
        }

        return warnings.Count > 0
            ? CheckResult.Warn(string.Join(Strings.SentenceSeparator, warnings), evidence)
            : CheckResult.Pass(Strings.FormatAllReachable(outcomes.Length), [.. evidence]);
    }

    private static CheckResult JudgeWsus(EndpointOutcome wsus, EndpointOutcome[] outcomes, List<Evidence> evidence)
    {
        EndpointOutcome.ThrowIfAnyUnanswered([wsus]);
        var server = wsus.Url.Authority;
        if (!wsus.Reached)
        {
            return CheckResult.Fail(Strings.FormatWsusUnreachable(server, Reason(wsus)), evidence);
        }

        if (WeakTls([wsus]) is { } weak)
        {
            return CheckResult.Warn(weak, evidence);
        }

        // Microsoft's endpoints do not carry this PC's updates; only those known to fail are named.
        var blocked = outcomes.Where(outcome => outcome.Known && !outcome.Reached && outcome.Url != wsus.Url).ToList();
        return blocked.Count == 0
            ? CheckResult.Pass(Strings.FormatWsusReachable(server), [.. evidence])
            : CheckResult.Pass(Strings.FormatWsusReachableMicrosoftBlocked(server, blocked.Count, Names(blocked, outcome => outcome.Url.Authority)), [.. evidence]);
    }

    private static string? WeakTls(IEnumerable<EndpointOutcome> outcomes)
    {
        var weak = outcomes.Where(outcome => outcome.WeakTls).ToList();
        return weak.Count == 0
            ? null
            : Strings.FormatWeakTls(string.Join(Strings.ListSeparator, weak.Select(outcome => $"{outcome.Url.Authority} ({outcome.Probe!.TlsProtocol})")));
    }

    private static string Reason(EndpointOutcome outcome) => outcome switch
    {
        { Resolved: false } => Strings.FormatReasonNotResolved(outcome.Dns?.Error ?? "-"),
        { Probe.StatusCode: { } status } => Strings.FormatReasonStatus(status),
        _ => Strings.FormatReasonNoResponse(outcome.Probe?.Error ?? "-"),
    };

    private static bool IsDeliveryOptimization(EndpointOutcome outcome) =>
        outcome.Host.EndsWith(DeliveryOptimizationService, StringComparison.OrdinalIgnoreCase);

    // Reachability names the port too: two endpoints may share a host and differ only there.
    private static string Names(IEnumerable<EndpointOutcome> outcomes, Func<EndpointOutcome, string> name) =>
        string.Join(Strings.ListSeparator, outcomes.Select(name).Distinct(StringComparer.OrdinalIgnoreCase));
}
