using WuToolkit.Testing;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Network;

public class ProxyCheckTests
{
    [Test]
    public async Task Direct_access_passes()
    {
        var pc = CheckHarness.EmptyPc with { WinHttpProxy = new ProxyInfo { Direct = true } };

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("winHttpProxy"), Is.EqualTo("direct"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task A_WinHTTP_proxy_warns_naming_the_server_and_offers_the_reset()
    {
        var pc = CheckHarness.EmptyPc with { WinHttpProxy = new ProxyInfo { Direct = false, Server = "proxy.contoso.com:8080", BypassList = "<local>;*.contoso.com" } };

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("proxy.contoso.com:8080").And.Contain("0x80072EFD").And.Contain("BITS"));
        Assert.That(result.Evidence("winHttpProxy"), Is.EqualTo("proxy.contoso.com:8080"));
        Assert.That(result.Evidence("bypassList"), Is.EqualTo("<local>;*.contoso.com"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "network.reset-winhttp-proxy" }));
    }

    [Test]
    public async Task Without_the_users_settings_on_record_the_WinHTTP_proxy_is_judged_alone()
    {
        var result = await CheckHarness.RunAsync(new ProxyCheck(), CheckHarness.EmptyPc with { WinHttpProxy = new ProxyInfo { Direct = true } });

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("userProxy"), Is.EqualTo("not recorded"));
    }

    [Test]
    public async Task Direct_for_both_the_user_and_WinHTTP_passes()
    {
        var pc = WithUser(new ProxyInfo { Direct = true }, enable: "0", server: null, bypass: null, script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("userProxy"), Is.EqualTo("off"));
    }

    [Test]
    public async Task A_user_proxy_switched_off_is_no_proxy()
    {
        var pc = WithUser(new ProxyInfo { Direct = true }, enable: "0", server: "old-proxy:3128", bypass: null, script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_proxy_the_browser_uses_but_WinHTTP_lacks_warns_with_the_import_command()
    {
        var pc = WithUser(new ProxyInfo { Direct = true }, enable: "1", server: "proxy.contoso.com:8080", bypass: "<local>", script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("proxy.contoso.com:8080").And.Contain("netsh winhttp import proxy source=ie"));
        Assert.That(result.Evidence("userProxy"), Is.EqualTo("proxy.contoso.com:8080; bypass <local>"));
        Assert.That(result.FixIds, Is.Empty, "resetting WinHTTP to direct is the opposite of what helps here");
    }

    [Test]
    public async Task A_proxy_script_the_browser_uses_but_WinHTTP_lacks_warns()
    {
        var pc = WithUser(new ProxyInfo { Direct = true }, enable: "0", server: null, bypass: null, script: "http://wpad.contoso.com/proxy.pac");

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("http://wpad.contoso.com/proxy.pac").And.Contain("netsh winhttp set proxy"));
    }

    [TestCase("proxy.contoso.com:8080")]
    [TestCase("http=proxy.contoso.com:8080;https=proxy.contoso.com:8080")]
    [TestCase("http://PROXY.contoso.com:8080/")]
    public async Task A_PC_behind_a_working_proxy_set_for_both_passes(string userServer)
    {
        var winHttp = new ProxyInfo { Direct = false, Server = "proxy.contoso.com:8080", BypassList = "<local>" };
        var pc = WithUser(winHttp, enable: "1", server: userServer, bypass: "<local>", script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("WinHTTP and the user both go through the proxy proxy.contoso.com:8080"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task Different_proxies_for_the_user_and_WinHTTP_warn_naming_both()
    {
        var winHttp = new ProxyInfo { Direct = false, Server = "10.0.0.5:3128" };
        var pc = WithUser(winHttp, enable: "1", server: "proxy.contoso.com:8080", bypass: null, script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("10.0.0.5:3128").And.Contain("proxy.contoso.com:8080").And.Contain("netsh winhttp import proxy source=ie"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "network.reset-winhttp-proxy" }));
    }

    [Test]
    public async Task A_fixed_WinHTTP_proxy_beside_the_users_proxy_script_passes()
    {
        var winHttp = new ProxyInfo { Direct = false, Server = "proxy.contoso.com:8080" };
        var pc = WithUser(winHttp, enable: "0", server: null, bypass: null, script: "http://wpad.contoso.com/proxy.pac");

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_WinHTTP_proxy_the_user_does_not_use_warns_as_a_leftover()
    {
        var winHttp = new ProxyInfo { Direct = false, Server = "127.0.0.1:8888" };
        var pc = WithUser(winHttp, enable: "0", server: null, bypass: null, script: null);

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("127.0.0.1:8888"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "network.reset-winhttp-proxy" }));
    }

    [Test]
    public async Task A_user_without_any_proxy_value_is_direct()
    {
        var pc = CheckHarness.EmptyPc with { WinHttpProxy = new ProxyInfo { Direct = true }, AbsentRegistryKeys = [UserKey] };

        var result = await CheckHarness.RunAsync(new ProxyCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("userProxy"), Is.EqualTo("off"));
    }

    private const string UserKey = @"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    private static TestPc WithUser(ProxyInfo winHttp, string enable, string? server, string? bypass, string? script)
    {
        var values = new List<RegistryValue> { new() { Key = UserKey, Name = "ProxyEnable", Kind = "REG_DWORD", Data = enable } };
        var absent = new List<(string Key, string Name)>();
        foreach (var (name, data) in new[] { ("ProxyServer", server), ("ProxyOverride", bypass), ("AutoConfigURL", script) })
        {
            if (data is null)
            {
                absent.Add((UserKey, name));
            }
            else
            {
                values.Add(new RegistryValue { Key = UserKey, Name = name, Kind = "REG_SZ", Data = data });
            }
        }

        return CheckHarness.EmptyPc with { WinHttpProxy = winHttp, Registry = values, AbsentRegistryValues = absent };
    }

    [Test]
    public async Task A_snapshot_without_the_proxy_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ProxyCheck(), CheckHarness.EmptyPc));
    }
}
