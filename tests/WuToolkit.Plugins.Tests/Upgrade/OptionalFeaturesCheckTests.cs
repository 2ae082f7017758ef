using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class OptionalFeaturesCheckTests
{
    private static readonly string[] Ordinary =
        ["NetFx4-AdvSrvs", "WCF-Services45", "MediaPlayback", "Printing-PrintToPDFServices-Features", "SearchEngine-Client-Package", "Microsoft-Windows-Subsystem-Linux", "VirtualMachinePlatform"];

    private static TestPc Pc(params string[] features) => CheckHarness.EmptyPc with { OptionalFeatures = features };

    [Test]
    public async Task Ordinary_features_pass()
    {
        var result = await CheckHarness.RunAsync(new OptionalFeaturesCheck(), Pc(Ordinary));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("7 turned-on optional features"));
        Assert.That(result.Evidence("watchedEnabled"), Is.EqualTo("none"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task IIS_and_its_activation_service_warn_naming_them()
    {
        var result = await CheckHarness.RunAsync(
            new OptionalFeaturesCheck(),
            Pc([.. Ordinary, "IIS-WebServerRole", "IIS-WebServer", "IIS-CommonHttpFeatures", "IIS-StaticContent", "WAS-WindowsActivationService", "WAS-ProcessModel"]));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("IIS-CommonHttpFeatures, IIS-StaticContent, IIS-WebServer and 3 more").And.Contain("Turn Windows features on or off"));
        Assert.That(result.Evidence("watchedEnabled"), Does.Contain("IIS-WebServerRole").And.Contain("WAS-ProcessModel"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "upgrade.disable-blocking-features" }));
    }

    [Test]
    public async Task The_watched_list_comes_from_settings()
    {
        var result = await CheckHarness.RunAsync(new OptionalFeaturesCheck(), Pc(Ordinary), ("upgrade.watchedFeatures", "Microsoft-Windows-Subsystem-Linux, Containers*"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("watchedEnabled"), Is.EqualTo("Microsoft-Windows-Subsystem-Linux"));
    }

    [Test]
    public async Task A_name_that_only_contains_a_watched_prefix_does_not_count()
    {
        var result = await CheckHarness.RunAsync(new OptionalFeaturesCheck(), Pc("Microsoft-IIS-HostableWebCore-Helper"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task No_feature_turned_on_passes()
    {
        var result = await CheckHarness.RunAsync(new OptionalFeaturesCheck(), Pc());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_the_features_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new OptionalFeaturesCheck(), CheckHarness.EmptyPc));
    }
}
