using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Cache;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.Cache;

public class SoftwareDistributionCheckTests
{
    private const long MB = 1024L * 1024;

    private static readonly PathInfo Catroot2 =
        new() { Path = WindowsPaths.Catroot2, Exists = true, IsDirectory = true, SizeBytes = 148 * MB, FileCount = 27, NewestWriteUtc = CheckHarness.Now.AddHours(-5) };

    private static PathInfo Store(long megabytes, long files) =>
        new() { Path = WindowsPaths.SoftwareDistribution, Exists = true, IsDirectory = true, SizeBytes = megabytes * MB, FileCount = files, NewestWriteUtc = CheckHarness.Now.AddHours(-2) };

    private static TestPc PcWith(params PathInfo[] paths) => CheckHarness.EmptyPc with { Paths = paths };

    [Test]
    public async Task A_cache_of_usual_size_passes()
    {
        var result = await CheckHarness.RunAsync(new SoftwareDistributionCheck(), PcWith(Store(1229, 3561), Catroot2));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("softwareDistributionGB"), Is.EqualTo("1.2"));
        Assert.That(result.Evidence("softwareDistributionFiles"), Is.EqualTo("3561"));
        Assert.That(result.Evidence("catroot2GB"), Is.EqualTo("0.1"));
        Assert.That(result.Evidence("catroot2Files"), Is.EqualTo("27"));
        Assert.That(result.Evidence("maxSizeGB"), Is.EqualTo("10.0"));
    }

    [Test]
    public async Task A_cache_above_the_limit_warns_and_offers_the_reset()
    {
        var result = await CheckHarness.RunAsync(new SoftwareDistributionCheck(), PcWith(Store(14950, 18204), Catroot2));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("14.6 GB").And.Contain("10.0 GB"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "cache.reset-download" }));
    }

    [Test]
    public async Task The_limit_comes_from_settings()
    {
        var result = await CheckHarness.RunAsync(
            new SoftwareDistributionCheck(), PcWith(Store(14950, 18204), Catroot2), ("cache.maxSizeGB", "20"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("maxSizeGB"), Is.EqualTo("20.0"));
    }

    [Test]
    public async Task A_missing_SoftwareDistribution_warns_because_Windows_recreates_it()
    {
        var pc = PcWith(new PathInfo { Path = WindowsPaths.SoftwareDistribution, Exists = false }, Catroot2);

        var result = await CheckHarness.RunAsync(new SoftwareDistributionCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("SoftwareDistribution").And.Not.Contain("catroot2"));
        Assert.That(result.Evidence("softwareDistribution"), Is.EqualTo("absent"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task A_limit_of_zero_is_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<InvalidSettingException>(() =>
            CheckHarness.RunAsync(new SoftwareDistributionCheck(), PcWith(Store(1229, 3561), Catroot2), ("cache.maxSizeGB", "0")));

        Assert.That(ex!.Key, Is.EqualTo("cache.maxSizeGB"));
    }

    [Test]
    public async Task A_snapshot_without_catroot2_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() =>
            CheckHarness.RunAsync(new SoftwareDistributionCheck(), PcWith(Store(1229, 3561))));
    }
}
