using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>Every endpoint here is on loopback, and every answer comes from the snapshot: nothing leaves the PC.</summary>
public class EndpointsCheckTests
{
    private const string Setting = "network.endpoints";
    private const string Locator = "http://127.0.0.1:8530/";
    private const string Delivery = "http://127.0.0.1:8531/ClientWebService/client.asmx";
    private const string Named = "http://localhost:8532/";

    private static HttpProbe Answered(string url, int status) => new() { Url = new Uri(url), StatusCode = status, Error = null, ElapsedMilliseconds = 12 };

    private static HttpProbe Refused(string url) =>
        new() { Url = new Uri(url), StatusCode = null, Error = "Connection refused (127.0.0.1:8531)", ElapsedMilliseconds = 3 };

    [Test]
    public async Task Every_endpoint_answering_passes_and_any_status_code_counts()
    {
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Locator, 200), Answered(Delivery, 403)] };

        // No DNS section: an IP literal must not be resolved, or the snapshot would leave it unanswered.
        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator}, {Delivery}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("All 2"));
        Assert.That(result.Evidence("endpoint1"), Does.Contain(Locator).And.Contain("HTTP 200"));
        Assert.That(result.Evidence("endpoint2"), Does.Contain("HTTP 403"));
    }

    [Test]
    public async Task An_endpoint_that_does_not_answer_fails_and_is_named()
    {
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Locator, 404), Refused(Delivery)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Delivery}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 2").And.Contain("127.0.0.1:8531").And.Not.Contain("127.0.0.1:8530"));
        Assert.That(result.Evidence("endpoint2"), Does.Contain("Connection refused"));
    }

    [Test]
    public async Task No_name_resolving_fails_and_points_at_DNS()
    {
        var pc = CheckHarness.EmptyPc with { Dns = [new DnsAnswer { Host = "localhost", Addresses = [], Error = "No such host is known." }] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Named},http://localhost:8533/"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("Cannot resolve localhost:").And.Contain("DNS"));
        Assert.That(result.Evidence("endpoint1"), Does.Contain("No such host is known."));
    }

    [Test]
    public async Task A_name_that_does_not_resolve_among_reachable_ones_is_named_as_unreachable()
    {
        var pc = CheckHarness.EmptyPc with
        {
            Dns = [new DnsAnswer { Host = "localhost", Addresses = [], Error = "No such host is known." }],
            Http = [Answered(Locator, 200)],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Named}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 2").And.Contain("localhost:8532"));
    }

    [Test]
    public async Task A_resolved_name_is_probed()
    {
        var pc = CheckHarness.EmptyPc with
        {
            Dns = [new DnsAnswer { Host = "localhost", Addresses = ["127.0.0.1"] }],
            Http = [Answered(Named, 200)],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Named));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("endpoint1"), Does.Contain("127.0.0.1").And.Contain("HTTP 200"));
    }

    [Test]
    public async Task A_probe_the_snapshot_did_not_record_leaves_the_question_unanswered()
    {
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Locator, 200)] };

        await Assert.ThrowsAsync<QuestionUnansweredException>(() =>
            CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Delivery}")));
    }

    [Test]
    public async Task An_endpoint_that_is_not_an_http_url_is_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() =>
            CheckHarness.RunAsync(new EndpointsCheck(), CheckHarness.EmptyPc, (Setting, "ftp://127.0.0.1/")));

        Assert.That(ex!.Key, Is.EqualTo(Setting));
        Assert.That(ex.Value, Is.EqualTo("ftp://127.0.0.1/"));
    }

    [Test]
    public void The_default_endpoints_are_the_update_services_over_https()
    {
        Assert.That(EndpointsCheck.DefaultEndpoints, Is.EqualTo(new[]
        {
            "https://sls.update.microsoft.com/",
            "https://fe3.delivery.mp.microsoft.com/",
            "https://download.windowsupdate.com/",
            "https://go.microsoft.com/",
        }));
    }
}
