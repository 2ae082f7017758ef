using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Cache;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Cache;

public class DownloadProgressCheckTests
{
    private const long MB = 1024L * 1024;

    private static TestPc PcWithDownload(long megabytes, long files, TimeSpan sinceLastWrite) => CheckHarness.EmptyPc with
    {
        Paths = [new PathInfo { Path = WindowsPaths.SoftwareDistributionDownload, Exists = true, IsDirectory = true, SizeBytes = megabytes * MB, FileCount = files, NewestWriteUtc = CheckHarness.Now - sinceLastWrite }],
    };

    [Test]
    public async Task An_empty_download_cache_passes()
    {
        var pc = CheckHarness.EmptyPc with { Paths = [new PathInfo { Path = WindowsPaths.SoftwareDistributionDownload, Exists = true, IsDirectory = true }] };

        var result = await CheckHarness.RunAsync(new DownloadProgressCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("nothing waiting to download"));
        Assert.That(result.Evidence("downloadFiles"), Is.EqualTo("0"));
    }

    [Test]
    public async Task A_missing_download_cache_passes()
    {
        var pc = CheckHarness.EmptyPc with { Paths = [new PathInfo { Path = WindowsPaths.SoftwareDistributionDownload, Exists = false }] };

        var result = await CheckHarness.RunAsync(new DownloadProgressCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("downloadFiles"), Is.EqualTo("absent"));
    }

    [Test]
    public async Task Files_written_recently_are_a_download_in_progress()
    {
        var result = await CheckHarness.RunAsync(new DownloadProgressCheck(), PcWithDownload(812, 41, TimeSpan.FromMinutes(90)));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Download in progress").And.Contain("41 files"));
        Assert.That(result.Evidence("ageHours"), Is.EqualTo("1.5"));
    }

    [Test]
    public async Task Files_untouched_for_days_warn_that_the_download_is_stuck()
    {
        var result = await CheckHarness.RunAsync(new DownloadProgressCheck(), PcWithDownload(3482, 117, TimeSpan.FromDays(3)));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.StartWith("117 files (3.4 GB) in the download cache untouched for 3 days").And.Contain("stuck"));
        Assert.That(result.Evidence("newestWriteUtc"), Is.EqualTo("2026-11-17T09:00:00Z"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "cache.reset-download" }));
    }

    [Test]
    public async Task The_stall_threshold_comes_from_settings()
    {
        var result = await CheckHarness.RunAsync(
            new DownloadProgressCheck(), PcWithDownload(3482, 117, TimeSpan.FromDays(3)), ("cache.stalledHours", "96"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("stalledHours"), Is.EqualTo("96"));
    }

    [Test]
    public async Task Files_without_a_write_time_are_skipped_rather_than_guessed()
    {
        var pc = CheckHarness.EmptyPc with { Paths = [new PathInfo { Path = WindowsPaths.SoftwareDistributionDownload, Exists = true, IsDirectory = true, SizeBytes = 812 * MB, FileCount = 41 }] };

        var result = await CheckHarness.RunAsync(new DownloadProgressCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Evidence("downloadFiles"), Is.EqualTo("41"));
    }

    [Test]
    public async Task A_snapshot_without_the_download_folder_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new DownloadProgressCheck(), CheckHarness.EmptyPc));
    }
}
