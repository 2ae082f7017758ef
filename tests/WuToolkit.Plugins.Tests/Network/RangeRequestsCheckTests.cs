using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>Every address is on loopback and every answer comes from the snapshot: nothing leaves the PC.</summary>
public class RangeRequestsCheckTests
{
    private const string Setting = "network.rangeTestUrls";
    private const string Payload = "http://127.0.0.1:8080/filestreamingservice/files/payload.cab";

    private static RangeProbe Answer(int? status, bool honoured, string? via = null, string? error = null) =>
        new() { Url = new Uri(Payload), StatusCode = status, RangeHonoured = honoured, Via = via, Error = error };

    private static Task<CheckResult> RunAsync(RangeProbe probe) =>
        CheckHarness.RunAsync(new RangeRequestsCheck(), CheckHarness.EmptyPc with { RangeProbes = [probe] }, (Setting, Payload));

    [Test]
    public async Task A_range_answered_with_206_passes()
    {
        var result = await RunAsync(Answer(206, honoured: true));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("127.0.0.1:8080").And.Contain("no proxy named itself"));
        Assert.That(result.Evidence("range1"), Is.EqualTo($"{Payload} -> HTTP 206; range honoured"));
    }

    [Test]
    public async Task A_PC_behind_a_proxy_that_honours_ranges_passes_and_names_it()
    {
        var result = await RunAsync(Answer(206, honoured: true, via: "1.1 proxy.contoso.com (squid/6.6)"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("through 1.1 proxy.contoso.com (squid/6.6)"));
    }

    [Test]
    public async Task A_proxy_that_answers_a_range_with_the_whole_file_fails_and_is_named()
    {
        var result = await RunAsync(Answer(200, honoured: false, via: "1.1 proxy.contoso.com (squid/6.6)"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("The proxy 1.1 proxy.contoso.com (squid/6.6) answers a partial download from 127.0.0.1:8080 with the whole file")
            .And.Contain("0x80D05001"));
        Assert.That(result.Evidence("range1"), Does.EndWith("range not honoured; via 1.1 proxy.contoso.com (squid/6.6)"));
    }

    [Test]
    public async Task The_whole_file_without_a_proxy_naming_itself_warns()
    {
        var result = await RunAsync(Answer(200, honoured: false));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("came back as the whole file").And.Contain("transparent proxy"));
    }

    [Test]
    public async Task A_206_with_the_wrong_part_warns()
    {
        var result = await RunAsync(Answer(206, honoured: false));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("different part"));
    }

    [Test]
    public async Task No_answer_is_left_to_the_endpoints_check()
    {
        var result = await RunAsync(Answer(null, honoured: false, error: "Connection refused (127.0.0.1:8080)"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("Connection refused").And.Contain("network.endpoints"));
    }

    [Test]
    public async Task An_error_status_cannot_be_judged_and_points_at_the_setting()
    {
        var result = await RunAsync(Answer(404, honoured: false));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("HTTP 404").And.Contain(Setting));
    }

    [Test]
    public async Task A_probe_the_snapshot_did_not_record_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new RangeRequestsCheck(), CheckHarness.EmptyPc, (Setting, Payload)));
    }

    [Test]
    public void The_default_payload_is_on_Windows_Updates_payload_host_over_HTTP()
    {
        var url = RangeRequestSettings.Urls.Default.Single();

        Assert.That(url.Scheme, Is.EqualTo("http"));
        Assert.That(url.Host, Is.EqualTo("download.windowsupdate.com"));
        Assert.That(RangeRequestSettings.Urls.Key, Is.EqualTo(Setting));
    }
}
