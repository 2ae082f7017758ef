using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>Every address is on loopback and every download comes from the snapshot: nothing leaves the PC.</summary>
public class SpeedCheckTests
{
    private const string Setting = "network.speedTestUrls";
    private const string File = "http://127.0.0.1:8080/speed.bin";

    private static DownloadMeasurement Downloaded(long bytes, double milliseconds, string? error = null) =>
        new() { Url = new Uri(File), Bytes = bytes, ElapsedMilliseconds = milliseconds, Error = error };

    private static TestPc PcWith(DownloadMeasurement download, bool? metered = false) => CheckHarness.EmptyPc with
    {
        Downloads = [download],
        ConnectionCost = metered is null ? null : new ConnectionCostInfo { Metered = metered.Value },
    };

    [Test]
    public async Task A_fast_download_passes_with_its_speed_and_the_time_an_update_takes()
    {
        // 16 MB in 1.28 s: 100 Mbit/s; 700 MB then takes 56 s.
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(16_000_000, 1280)), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Is.EqualTo("Downloads run at about 100 Mbit/s: a typical 700 MB cumulative update takes under a minute"));
        Assert.That(result.Evidence("speed"), Is.EqualTo("100 Mbit/s"));
        Assert.That(result.Evidence("download1"), Is.EqualTo($"{File}: 16000000 bytes in 1.28 s"));
        Assert.That(result.Evidence("connectionCost"), Is.EqualTo("not metered"));
    }

    [Test]
    public async Task A_slow_download_warns_with_the_time_an_update_takes()
    {
        // 1 MB in 8 s: 1 Mbit/s; 700 MB then takes 5600 s, about 93 minutes.
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(1_000_000, 8000)), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("Downloads run at about 1.0 Mbit/s, below 2 Mbit/s: a typical 700 MB cumulative update takes about 1.6 hours"));
    }

    [Test]
    public async Task The_update_size_and_the_slow_threshold_are_settings()
    {
        var pc = PcWith(Downloaded(10_000_000, 10_000));

        var result = await CheckHarness.RunAsync(new SpeedCheck(), pc, (Setting, File), ("network.updateSizeMB", "4000"), ("network.slowMbps", "10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("8.0 Mbit/s, below 10 Mbit/s").And.Contain("4000 MB").And.Contain("about 67 minutes"));
    }

    [Test]
    public async Task A_metered_connection_is_not_spent_on_a_speed_test()
    {
        // No download is on record: asking for one would leave the question unanswered.
        var pc = CheckHarness.EmptyPc with { ConnectionCost = new ConnectionCostInfo { Metered = true } };

        var result = await CheckHarness.RunAsync(new SpeedCheck(), pc, (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("metered"));
    }

    [Test]
    public async Task An_unanswered_cost_question_does_not_stop_the_test()
    {
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(16_000_000, 1280), metered: null), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("connectionCost"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task A_failed_download_is_left_to_the_endpoints_check()
    {
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(0, 3, "Connection refused (127.0.0.1:8080)")), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("Connection refused").And.Contain("network.endpoints"));
    }

    [Test]
    public async Task A_download_cut_short_after_enough_bytes_still_gives_a_speed()
    {
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(4_000_000, 3200, "The response ended prematurely.")), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("download1"), Does.EndWith("stopped: The response ended prematurely."));
    }

    [Test]
    public async Task A_few_bytes_say_nothing_about_speed()
    {
        var result = await CheckHarness.RunAsync(new SpeedCheck(), PcWith(Downloaded(1_200, 2)), (Setting, File));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("only 1200 bytes arrived"));
    }

    [Test]
    public async Task The_download_is_bounded_by_the_settings()
    {
        var pc = PcWith(Downloaded(16_000_000, 1280)).ToMachine();
        var network = new BoundsSpy(pc.Network);
        var machine = new MachineWith(pc, network);

        await CheckTester.RunAsync(new SpeedCheck(), machine, (Setting, File), ("network.speedTestMaxMB", "5"), ("network.speedTestMaxSeconds", "3"));

        Assert.That(network.MaxBytes, Is.EqualTo(5_000_000));
        Assert.That(network.MaxDuration, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task Of_several_addresses_the_fastest_gives_the_speed()
    {
        const string Mirror = "http://127.0.0.1:8081/speed.bin";
        var pc = CheckHarness.EmptyPc with
        {
            Downloads = [Downloaded(1_000_000, 8000), new DownloadMeasurement { Url = new Uri(Mirror), Bytes = 0, ElapsedMilliseconds = 2, Error = "Connection refused" },
                new DownloadMeasurement { Url = new Uri("http://127.0.0.1:8082/speed.bin"), Bytes = 16_000_000, ElapsedMilliseconds = 2560 }],
        };

        var result = await CheckHarness.RunAsync(new SpeedCheck(), pc, (Setting, $"{File},{Mirror},http://127.0.0.1:8082/speed.bin"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("speed"), Is.EqualTo("50 Mbit/s"));
        Assert.That(result.Evidence("download2"), Does.Contain("Connection refused"));
    }

    [Test]
    public void The_check_runs_only_when_deep_checks_are_asked_for()
    {
        var export = typeof(SpeedCheck).GetCustomAttributes(typeof(ExportCheckAttribute), inherit: false).Cast<ExportCheckAttribute>().Single();

        Assert.That(export.Deep, Is.True, "a download spends the user's bandwidth");
        Assert.That(SpeedTestSettings.Urls.Default.Single().Host, Is.EqualTo("download.windowsupdate.com"));
    }

    /// <summary>Notes the bounds a download was asked with, and answers from the PC underneath.</summary>
    private sealed class BoundsSpy(INetworkQueries inner) : INetworkQueries
    {
        public long MaxBytes { get; private set; }

        public TimeSpan MaxDuration { get; private set; }

        public Task<IReadOnlyList<AdapterInfo>> GetAdaptersAsync(CancellationToken cancellationToken) => inner.GetAdaptersAsync(cancellationToken);

        public Task<DnsAnswer> ResolveAsync(string host, CancellationToken cancellationToken) => inner.ResolveAsync(host, cancellationToken);

        public Task<HttpProbe> ProbeAsync(Uri url, CancellationToken cancellationToken) => inner.ProbeAsync(url, cancellationToken);

        public Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken) => inner.GetWinHttpProxyAsync(cancellationToken);

        public Task<ConnectionCostInfo> GetConnectionCostAsync(CancellationToken cancellationToken) => inner.GetConnectionCostAsync(cancellationToken);

        public Task<DownloadMeasurement> MeasureDownloadAsync(Uri url, long maxBytes, TimeSpan maxDuration, CancellationToken cancellationToken)
        {
            MaxBytes = maxBytes;
            MaxDuration = maxDuration;
            return inner.MeasureDownloadAsync(url, maxBytes, maxDuration, cancellationToken);
        }
    }

    private sealed class MachineWith(IMachine inner, INetworkQueries network) : IMachine
    {
        public IServiceQueries Services => inner.Services;

        public IStorageQueries Storage => inner.Storage;

        public INetworkQueries Network => network;

        public ISystemQueries System => inner.System;

        public IRegistryQueries Registry => inner.Registry;

        public IUpdateQueries Updates => inner.Updates;

        public IClockQueries Clock => inner.Clock;
    }
}
