using System.Net;
using System.Net.Http.Headers;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>The Range request the portable machine sends, against servers on 127.0.0.1 that honour ranges, ignore them,
/// answer another range, or name a proxy; and the rule that decides "honoured", on its own.</summary>
public class RangeProbeTests
{
    private static PortableNetwork NewNetwork() => new(TimeSpan.FromSeconds(10));

    [Test]
    public async Task A_server_that_honours_ranges_answers_206_with_the_first_kilobyte()
    {
        await using var server = new LoopbackWebServer(request => LoopbackResponse.Ranged(request, 5000));
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(server.Url, CancellationToken.None);

        Assert.That(probe, Is.EqualTo(new Abstractions.Machine.RangeProbe { Url = server.Url, StatusCode = 206, RangeHonoured = true }));
        Assert.That(server.Requests.Single().Header("Range"), Is.EqualTo("bytes=0-1023"));
    }

    [Test]
    public async Task A_file_shorter_than_the_range_is_still_honoured()
    {
        await using var server = new LoopbackWebServer(request => LoopbackResponse.Ranged(request, 500));
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.RangeHonoured, Is.True);
        Assert.That(probe.StatusCode, Is.EqualTo(206));
    }

    [Test]
    public async Task A_proxy_that_ignores_ranges_and_starts_the_whole_file_is_not_honoured_and_the_file_is_not_read()
    {
        const long eightGigabytes = 8L << 30;
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse
        {
            ContentLength = eightGigabytes,
            BodyBytes = eightGigabytes,
            Headers = [new("Via", "1.1 proxy.corp.example (squid/5.7)")],
        });
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.StatusCode, Is.EqualTo(200));
        Assert.That(probe.RangeHonoured, Is.False);
        Assert.That(probe.Via, Is.EqualTo("1.1 proxy.corp.example (squid/5.7)"));
        Assert.That(probe.Error, Is.Null);
        Assert.That(server.BodyBytesSent, Is.LessThan(64L << 20), "the probe stopped at the headers");
    }

    [Test]
    public async Task A_206_for_another_range_is_not_the_range_asked_for()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse
        {
            StatusCode = 206,
            Headers = [new("Content-Range", "bytes 100-1123/5000")],
            ContentLength = 1024,
            BodyBytes = 1024,
        });
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(server.Url, CancellationToken.None);

        Assert.That(probe.StatusCode, Is.EqualTo(206));
        Assert.That(probe.RangeHonoured, Is.False);
    }

    [Test]
    public async Task A_redirect_is_followed_to_the_file_as_a_download_would()
    {
        await using var content = new LoopbackWebServer(request => LoopbackResponse.Ranged(request, 5000));
        await using var front = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 302, Headers = [new("Location", new Uri(content.Url, "update.cab").ToString())], ContentLength = 0 });
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(front.Url, CancellationToken.None);

        Assert.That(probe.Url, Is.EqualTo(front.Url), "the answer is filed under the address asked");
        Assert.That(probe.RangeHonoured, Is.True);
        Assert.That(content.Requests.Single().Target, Is.EqualTo("/update.cab"));
    }

    [Test]
    public async Task A_closed_port_is_an_answer_with_an_error()
    {
        using var network = NewNetwork();

        var probe = await network.ProbeRangeAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), CancellationToken.None);

        Assert.That(probe.StatusCode, Is.Null);
        Assert.That(probe.RangeHonoured, Is.False);
        Assert.That(probe.Error, Is.Not.Empty);
    }

    [Test]
    [Category("Slow")]
    public async Task A_server_that_never_answers_is_an_answer_that_says_so_within_the_probe_timeout()
    {
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var network = new PortableNetwork(TimeSpan.FromMilliseconds(500));

        // The listener accepts connections (the kernel does) but never reads or answers.
        var probe = await network.ProbeRangeAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/"), CancellationToken.None);

        Assert.That(probe.StatusCode, Is.Null);
        Assert.That(probe.Error, Does.StartWith("no answer within"));
    }

    [Test]
    public void Cancelling_is_not_an_answer()
    {
        using var network = NewNetwork();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () => await network.ProbeRangeAsync(new Uri("http://127.0.0.1:9/"), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase(206, "bytes 0-1023/5000", true)]
    [TestCase(206, "bytes 0-499/500", true)]
    [TestCase(206, "bytes 0-1023/*", true)]
    [TestCase(206, "bytes 0-2047/5000", false)]
    [TestCase(206, "bytes 1-1023/5000", false)]
    [TestCase(206, null, false)]
    [TestCase(200, "bytes 0-1023/5000", false)]
    [TestCase(416, "bytes */5000", false)]
    public void Honoured_means_206_with_a_content_range_from_byte_zero_within_the_kilobyte(int status, string? contentRange, bool honoured)
    {
        var range = contentRange is null ? null : ContentRangeHeaderValue.Parse(contentRange);

        Assert.That(RangeAnswer.Honoured((HttpStatusCode)status, range), Is.EqualTo(honoured));
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
