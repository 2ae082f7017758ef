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
    public async Task A_snapshot_without_the_proxy_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ProxyCheck(), CheckHarness.EmptyPc));
    }
}
