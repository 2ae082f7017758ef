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
    public void The_default_endpoints_use_the_scheme_the_update_client_uses()
    {
        var urls = EndpointsCheck.DefaultEndpoints.Select(url => new Uri(url)).ToList();

        // Microsoft's endpoint list: metadata and the Delivery Optimization service over HTTPS, payloads over plain HTTP.
        Assert.That(urls.Where(url => url.Scheme == "https").Select(url => url.Host),
            Is.EqualTo(new[] { "sls.update.microsoft.com", "fe3.delivery.mp.microsoft.com", "geo.prod.do.dsp.mp.microsoft.com" }));
        Assert.That(urls.Where(url => url.Scheme == "http").Select(url => url.Host),
            Is.EqualTo(new[] { "download.windowsupdate.com", "dl.delivery.mp.microsoft.com" }));
        Assert.That(NetworkSettings.Endpoints.Key, Is.EqualTo(Setting), "the key scripts use stays");
    }

    [Test]
    public async Task A_PC_with_every_default_endpoint_answering_passes()
    {
        var pc = CheckHarness.EmptyPc with
        {
            Dns = [.. EndpointsCheck.DefaultEndpoints.Select(url => new DnsAnswer { Host = new Uri(url).Host, Addresses = ["127.0.0.1"] })],
            Http = [.. EndpointsCheck.DefaultEndpoints.Select(url => Answered(url, 403) with { TlsProtocol = url.StartsWith("https", StringComparison.Ordinal) ? "Tls13" : null })],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("All 5"));
        Assert.That(result.Evidence("endpoint1"), Does.EndWith("HTTP 403 in 12 ms, Tls13"));
        Assert.That(result.Evidence("endpoint3"), Does.EndWith("HTTP 403 in 12 ms"));
        Assert.That(result.Evidence("wsusPolicy"), Is.EqualTo("not recorded"));
    }

    [Test]
    public async Task HTTPS_below_TLS_1_2_warns_and_names_the_endpoint()
    {
        const string Secure = "https://127.0.0.1:8443/";
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Locator, 200), Answered(Secure, 200) with { TlsProtocol = "Tls11" }] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Secure}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("127.0.0.1:8443 (Tls11)").And.Contain("TLS version older than 1.2").And.Not.Contain("8530"));
    }

    [TestCase("Tls12")]
    [TestCase("Tls13")]
    [TestCase("TLS 1.2")]
    public async Task HTTPS_on_TLS_1_2_or_later_passes(string protocol)
    {
        const string Secure = "https://127.0.0.1:8443/";
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Secure, 200) with { TlsProtocol = protocol }] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Secure));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("endpoint1"), Does.EndWith(protocol));
    }

    [Test]
    public async Task A_proxy_asking_for_credentials_is_not_a_way_through()
    {
        var pc = CheckHarness.EmptyPc with { Http = [Answered(Locator, 407)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Evidence("endpoint1"), Does.Contain("HTTP 407"));
    }

    [Test]
    public async Task Only_the_Delivery_Optimization_service_blocked_warns_since_downloads_fall_back_to_HTTP()
    {
        const string Service = "https://geo.prod.do.dsp.mp.microsoft.com/";
        var pc = CheckHarness.EmptyPc with
        {
            Dns = [new DnsAnswer { Host = "geo.prod.do.dsp.mp.microsoft.com", Addresses = ["127.0.0.1"] }],
            Http = [Answered(Locator, 200), Refused(Service)],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Service}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("The Delivery Optimization service cannot be reached (geo.prod.do.dsp.mp.microsoft.com)"));
    }

    [Test]
    public async Task A_failure_on_record_fails_even_when_other_endpoints_were_not_recorded()
    {
        var pc = CheckHarness.EmptyPc with { Http = [Refused(Delivery)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Delivery}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 2").And.Contain("127.0.0.1:8531"));
        Assert.That(result.Evidence("endpoint1"), Does.Contain("not recorded"));
    }

    [Test]
    public async Task A_PC_managed_by_a_reachable_WSUS_server_passes_though_Microsoft_is_blocked()
    {
        var pc = Managed(Wsus) with { Http = [Refused(Locator), Refused(Delivery), Answered(Wsus, 200)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Delivery}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.StartWith("Updates come from the WSUS server 127.0.0.1:8540, which answers; 2 of Microsoft's endpoints cannot be reached"));
        Assert.That(result.Evidence("wsusPolicy"), Is.EqualTo($"{Wsus} (UseWUServer=1)"));
        Assert.That(result.Evidence("wsus"), Does.Contain("HTTP 200"));
    }

    [Test]
    public async Task A_PC_managed_by_WSUS_does_not_need_Microsofts_endpoints_on_record()
    {
        var pc = Managed(Wsus) with { Http = [Answered(Wsus, 403)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, $"{Locator},{Delivery}"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("Updates come from the WSUS server 127.0.0.1:8540, which answers"));
    }

    [Test]
    public async Task An_unreachable_WSUS_server_fails_though_Microsoft_answers()
    {
        var pc = Managed(Wsus) with { Http = [Answered(Locator, 200), Refused(Wsus)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("This PC takes its updates from the WSUS server 127.0.0.1:8540 (group policy), which cannot be reached: no response (Connection refused"));
    }

    [Test]
    public async Task A_WSUS_server_that_is_also_a_configured_endpoint_is_asked_once()
    {
        var pc = Managed(Wsus) with { Http = [Answered(Wsus, 200)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Wsus));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("wsus"), Is.EqualTo(result.Evidence("endpoint1")));
    }

    [Test]
    public async Task A_WSUS_server_the_snapshot_did_not_probe_leaves_the_question_unanswered()
    {
        var pc = Managed(Wsus) with { Http = [Answered(Locator, 200)] };

        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator)));
    }

    [Test]
    public async Task A_WSUS_server_named_but_not_switched_on_is_ignored()
    {
        var pc = CheckHarness.EmptyPc with
        {
            Registry = [Value(AutomaticUpdatesKey, "UseWUServer", "0", "REG_DWORD"), Value(PolicyKey, "WUServer", Wsus, "REG_SZ")],
            Http = [Refused(Locator)],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 1"));
        Assert.That(result.Evidence("wsusPolicy"), Does.Contain("not used"));
    }

    [Test]
    public async Task No_update_policy_at_all_judges_Microsofts_endpoints()
    {
        var pc = CheckHarness.EmptyPc with { AbsentRegistryKeys = [PolicyKey, AutomaticUpdatesKey], Http = [Answered(Locator, 200)] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("wsusPolicy"), Is.EqualTo("none"));
    }

    [Test]
    public async Task A_WSUS_PC_whose_policy_sends_quality_updates_to_Windows_Update_needs_Microsoft_too()
    {
        var pc = Managed(Wsus) with { Http = [Refused(Locator), Answered(Wsus, 200)] };
        pc = pc with { Registry = [.. pc.Registry!, Value(PolicyKey, "SetPolicyDrivenUpdateSourceForQualityUpdates", "0", "REG_DWORD")] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 1 Windows Update endpoints cannot be reached: 127.0.0.1:8530"));
        Assert.That(result.Evidence("wsusPolicy"), Does.EndWith("from Windows Update: quality updates"));
    }

    [Test]
    public async Task A_WSUS_PC_with_updates_split_between_sources_passes_when_both_answer()
    {
        var pc = Managed(Wsus) with { Http = [Answered(Locator, 200), Answered(Wsus, 200)] };
        pc = pc with { Registry = [.. pc.Registry!, Value(PolicyKey, "SetPolicyDrivenUpdateSourceForFeatureUpdates", "0", "REG_DWORD"), Value(PolicyKey, "SetPolicyDrivenUpdateSourceForQualityUpdates", "1", "REG_DWORD")] };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("wsusPolicy"), Does.EndWith("from Windows Update: feature updates"));
    }

    [TestCase(null, "no server is named")]
    [TestCase("wsus01:8530", "'wsus01:8530' is not an http or https address")]
    public async Task A_policy_switching_WSUS_on_without_a_usable_server_fails(string? server, string problem)
    {
        var pc = CheckHarness.EmptyPc with
        {
            Registry = server is null
                ? [Value(AutomaticUpdatesKey, "UseWUServer", "1", "REG_DWORD")]
                : [Value(AutomaticUpdatesKey, "UseWUServer", "1", "REG_DWORD"), Value(PolicyKey, "WUServer", server, "REG_SZ")],
            AbsentRegistryValues = server is null ? [(PolicyKey, "WUServer")] : [],
            Http = [Answered(Locator, 200)],
        };

        var result = await CheckHarness.RunAsync(new EndpointsCheck(), pc, (Setting, Locator));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("UseWUServer=1").And.Contain(problem));
    }

    private const string Wsus = "http://127.0.0.1:8540";
    private const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    private const string AutomaticUpdatesKey = PolicyKey + @"\AU";

    private static RegistryValue Value(string key, string name, string data, string kind) => new() { Key = key, Name = name, Kind = kind, Data = data };

    private static TestPc Managed(string server) => CheckHarness.EmptyPc with
    {
        Registry = [Value(AutomaticUpdatesKey, "UseWUServer", "1", "REG_DWORD"), Value(PolicyKey, "WUServer", server, "REG_SZ")],
    };
}
