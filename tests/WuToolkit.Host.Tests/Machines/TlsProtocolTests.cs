using System.Security.Authentication;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>The TLS version an HTTPS probe agreed on, learnt from a TLS server on 127.0.0.1 with a certificate made for
/// the test; certificate validation stays on (an untrusted certificate is an error answer).</summary>
public class TlsProtocolTests
{
    [Test]
    public async Task An_https_probe_reports_the_tls_version_the_server_agreed_to()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 204, ContentLength = 0 }, certificate, SslProtocols.Tls12);
        using var network = new PortableNetwork(TimeSpan.FromSeconds(10), LoopbackCertificate.TrustOnly(certificate));

        var probe = await network.ProbeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.Error, Is.Null);
        Assert.That(probe.StatusCode, Is.EqualTo(204));
        Assert.That(probe.TlsProtocol, Is.EqualTo("Tls12"));
    }

    [Test]
    public async Task Every_probe_learns_its_own_tls_version_even_to_the_same_server()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 404, ContentLength = 0 }, certificate);
        using var network = new PortableNetwork(TimeSpan.FromSeconds(10), LoopbackCertificate.TrustOnly(certificate));

        var first = await network.ProbeAsync(server.Url, CancellationToken.None);
        var second = await network.ProbeAsync(new Uri(server.Url, "again"), CancellationToken.None);

        Assert.That(first.TlsProtocol, Is.AnyOf("Tls12", "Tls13"));
        Assert.That(second.TlsProtocol, Is.EqualTo(first.TlsProtocol));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_plain_http_probe_has_no_tls_version()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 200, ContentLength = 0 });
        using var network = new PortableNetwork(TimeSpan.FromSeconds(10));

        var probe = await network.ProbeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.StatusCode, Is.EqualTo(200));
        Assert.That(probe.TlsProtocol, Is.Null);
    }

    [Test]
    public async Task An_untrusted_certificate_is_an_error_answer_without_a_tls_version()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 204, ContentLength = 0 }, certificate);
        using var network = new PortableNetwork(TimeSpan.FromSeconds(10));

        var probe = await network.ProbeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.StatusCode, Is.Null);
        Assert.That(probe.Error, Does.Contain("SSL").IgnoreCase);
        Assert.That(probe.TlsProtocol, Is.Null);
        Assert.That(server.Requests, Is.Empty, "nothing was sent over a connection that was not trusted");
    }
}
