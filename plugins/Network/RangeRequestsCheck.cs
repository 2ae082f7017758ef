using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>Windows Update downloads through BITS and Delivery Optimization, which fetch files in pieces with HTTP Range
/// requests. A proxy or filter that answers a range with the whole file (200 instead of 206) makes those downloads fail
/// (0x80D05001, DO_E_HTTP_BLOCKSIZE_MISMATCH) or crawl. Whether the payload host can be reached at all is
/// <c>network.endpoints</c>' question: a probe without an answer is left to it rather than reported twice.</summary>
[ExportCheck(
    "network.range-requests",
    "Proxy honours HTTP Range requests",
    Scenario = Scenario.Both,
    Tags = ["network", "proxy", "download"],
    Settings = typeof(RangeRequestSettings),
    Description = "Asks an update payload for its first bytes with an HTTP Range request: a proxy or filter that sends the "
        + "whole file instead (200, not 206) breaks Windows Update's BITS and Delivery Optimization downloads. No answer at "
        + "all is left to network.endpoints.")]
public sealed class RangeRequestsCheck : ICheck
{
    private const int FullContent = 200;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var urls = context.Settings.Get(RangeRequestSettings.Urls);
        var probes = new List<RangeProbe>(urls.Count);
        foreach (var url in urls)
        {
            probes.Add(await context.Machine.Network.ProbeRangeAsync(url, cancellationToken).ConfigureAwait(false));
        }

        var evidence = probes.Select((probe, index) => new Evidence($"range{index + 1}", Describe(probe))).ToArray();

        // A proxy that names itself is the culprit; without a Via header the stripper may be a transparent filter or the
        // server itself (a custom address), so the verdict is softer.
        var whole = probes.Where(probe => !probe.RangeHonoured && probe.StatusCode == FullContent).ToList();
        if (whole.FirstOrDefault(probe => !string.IsNullOrWhiteSpace(probe.Via)) is { } named)
        {
            return CheckResult.Fail(Strings.FormatRangeStrippedByProxy(named.Via!.Trim(), named.Url.Authority), evidence);
        }

        if (whole.Count > 0)
        {
            return CheckResult.Warn(Strings.FormatRangeIgnored(whole[0].Url.Authority), evidence);
        }

        // A 206 whose Content-Range does not match what was asked is as broken as a 200, only rarer.
        if (probes.FirstOrDefault(probe => !probe.RangeHonoured && probe.StatusCode == 206) is { } garbled)
        {
            return CheckResult.Warn(Strings.FormatRangeGarbled(garbled.Url.Authority, Via(garbled)), evidence);
        }

        if (probes.FirstOrDefault(probe => probe.RangeHonoured) is { } honoured)
        {
            return CheckResult.Pass(Strings.FormatRangeHonoured(honoured.Url.Authority, Via(honoured)), evidence);
        }

        // Nothing could be judged: no answer (network.endpoints' finding), or an error status such as 404.
        var first = probes[0];
        return first.StatusCode is { } status
            ? CheckResult.Skipped(Strings.FormatRangeNotJudged(first.Url.Authority, status), evidence)
            : CheckResult.Skipped(Strings.FormatRangeNoAnswer(first.Url.Authority, first.Error ?? "-"), evidence);
    }

    private static string Via(RangeProbe probe) =>
        string.IsNullOrWhiteSpace(probe.Via) ? Strings.RangeDirect : Strings.FormatRangeThroughProxy(probe.Via.Trim());

    private static string Describe(RangeProbe probe)
    {
        var answer = probe.StatusCode is { } status ? $"HTTP {status}" : Strings.FormatEvidenceNoResponse(probe.Error ?? "-");
        var honoured = probe.RangeHonoured ? Strings.EvidenceRangeHonoured : Strings.EvidenceRangeNotHonoured;
        var via = string.IsNullOrWhiteSpace(probe.Via) ? "" : Strings.FormatEvidenceVia(probe.Via.Trim());
        return $"{probe.Url.OriginalString} -> {answer}; {honoured}{via}";
    }
}
