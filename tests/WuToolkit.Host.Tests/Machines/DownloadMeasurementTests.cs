using System.Net;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>The bounded download behind the speed check, against servers on 127.0.0.1: it stops at its byte limit or
/// its time limit without holding the body, reports failures as answers, and stops when cancelled.</summary>
public class DownloadMeasurementTests
{
    private const long EightGigabytes = 8L << 30;

    private static PortableNetwork NewNetwork() => new(TimeSpan.FromSeconds(10));

    [Test]
    public async Task A_huge_file_is_read_only_up_to_the_byte_limit()
    {
        await using var server = new LoopbackWebServer(_ => LoopbackResponse.File(EightGigabytes));
        using var network = NewNetwork();
        const long limit = 3L << 20;

        var measured = await network.MeasureDownloadAsync(server.Url, limit, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured.Bytes, Is.EqualTo(limit));
        Assert.That(measured.Error, Is.Null);
        Assert.That(measured.ElapsedMilliseconds, Is.Positive);
        Assert.That(server.BodyBytesSent, Is.LessThan(64L << 20), "the download stopped; the server could not send the rest");
    }

    [Test]
    public async Task A_file_smaller_than_the_limit_is_read_to_its_end()
    {
        await using var server = new LoopbackWebServer(_ => LoopbackResponse.File(300_000));
        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(server.Url, 10L << 20, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured, Has.Property("Bytes").EqualTo(300_000L).And.Property("Error").Null);
    }

    [Test]
    public async Task A_body_without_a_length_ends_when_the_server_closes()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { ContentLength = null, BodyBytes = 100_000 });
        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(server.Url, 10L << 20, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured, Has.Property("Bytes").EqualTo(100_000L).And.Property("Error").Null);
    }

    [Test]
    public async Task A_download_that_breaks_off_is_an_answer_with_what_arrived()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { ContentLength = 1_000_000, BodyBytes = 100_000 });
        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(server.Url, 10L << 20, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured.Bytes, Is.EqualTo(100_000L));
        Assert.That(measured.Error, Does.StartWith("the download broke off after 100000 bytes"));
    }

    [Test]
    public async Task A_refusal_is_an_answer_with_no_bytes()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { StatusCode = 404, ContentLength = 5000, BodyBytes = 5000 });
        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(server.Url, 1L << 20, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured.Bytes, Is.Zero);
        Assert.That(measured.Error, Does.Contain("HTTP 404"));
    }

    [Test]
    public async Task A_closed_port_is_an_answer_with_an_error()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(new Uri($"http://127.0.0.1:{port}/"), 1L << 20, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.That(measured.Bytes, Is.Zero);
        Assert.That(measured.Error, Is.Not.Empty);
    }

    [Test]
    [Category("Slow")]
    public async Task A_slow_server_is_measured_for_the_time_allowed_and_no_longer()
    {
        // 200 KB arrive, then nothing: the time limit ends the download, which is not an error.
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { ContentLength = EightGigabytes, BodyBytes = EightGigabytes, StallAfter = 200_000 });
        using var network = NewNetwork();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var measured = await network.MeasureDownloadAsync(server.Url, 1L << 30, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.That(measured.Bytes, Is.EqualTo(200_000L));
        Assert.That(measured.Error, Is.Null);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(8)));
        Assert.That(measured.ElapsedMilliseconds, Is.InRange(500, 8000));
    }

    [Test]
    [Category("Slow")]
    public async Task A_server_that_answers_but_sends_nothing_says_so()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { ContentLength = 5000, BodyBytes = 5000, StallAfter = 0 });
        using var network = NewNetwork();

        var measured = await network.MeasureDownloadAsync(server.Url, 1L << 20, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.That(measured.Bytes, Is.Zero);
        Assert.That(measured.Error, Does.StartWith("the server answered but sent no data within"));
    }

    [Test]
    public async Task Cancelling_stops_the_download_and_is_not_an_answer()
    {
        await using var server = new LoopbackWebServer(_ => new LoopbackResponse { ContentLength = EightGigabytes, BodyBytes = EightGigabytes, StallAfter = 10_000 });
        using var network = NewNetwork();
        using var cancel = new CancellationTokenSource();

        var download = network.MeasureDownloadAsync(server.Url, 1L << 30, TimeSpan.FromMinutes(5), cancel.Token);
        while (server.BodyBytesSent < 10_000)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();

        Assert.That(async () => await download, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task The_meter_reads_an_endless_body_through_one_small_buffer_up_to_the_limit()
    {
        var body = new EndlessStream();

        var received = await DownloadMeter.ReceiveAsync(body, 10_000_000, CancellationToken.None, CancellationToken.None);

        Assert.That(received, Is.EqualTo(new DownloadMeter.Received(10_000_000, OutOfTime: false, Failure: null)));
        Assert.That(body.LargestRead, Is.LessThanOrEqualTo(64 * 1024), "no read asks for more than the buffer");
        Assert.That(body.Position, Is.EqualTo(10_000_000), "not a byte past the limit is read");
    }

    [Test]
    public void The_meter_refuses_a_limit_that_is_not_positive()
    {
        Assert.That(async () => await DownloadMeter.ReceiveAsync(new EndlessStream(), 0, CancellationToken.None, CancellationToken.None), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    /// <summary>A body that never ends, and remembers the largest read asked of it.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public int LargestRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            LargestRead = Math.Max(LargestRead, buffer.Length);
            buffer.Fill(0x55);
            _position += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
