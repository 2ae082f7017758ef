using System.Reflection;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

/// <summary>The readiness checks declare what <c>wutk list</c> shows and <c>wutk run --scenario upgrade</c> selects.</summary>
public class ReadinessMetadataTests
{
    private static readonly Type[] Checks =
    [
        typeof(AppraiserCheck), typeof(ReservedPartitionCheck), typeof(BitLockerCheck), typeof(EditionLanguageCheck),
        typeof(OsCurrentCheck), typeof(FastStartupCheck), typeof(OptionalFeaturesCheck), typeof(OtherProductsCheck),
    ];

    [TestCaseSource(nameof(Checks))]
    public void Each_check_is_an_upgrade_check_with_a_description(Type check)
    {
        var export = check.GetCustomAttribute<ExportCheckAttribute>()!;

        Assert.That(export.Id, Does.StartWith("upgrade."));
        Assert.That(export.Scenario, Is.EqualTo(Scenario.Upgrade));
        Assert.That(export.Tags, Does.Contain("upgrade"));
        Assert.That(export.Description, Is.Not.Null.And.Length.GreaterThan(40));
    }

    [Test]
    public void Every_readiness_setting_starts_with_the_plugin_name_and_accepts_what_its_description_promises()
    {
        var settings = typeof(ReadinessSettings).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (Setting)field.GetValue(null)!).ToList();

        Assert.That(settings.Select(setting => setting.Key), Is.All.StartsWith("upgrade."));
        Assert.That(settings.Select(setting => setting.Key), Is.Unique);
        Assert.That(ReadinessSettings.MediaEdition.Accepts("pro"), Is.True);
        Assert.That(ReadinessSettings.MediaEdition.Accepts("Professional"), Is.True);
        Assert.That(ReadinessSettings.MediaEdition.Accepts("Ultimate"), Is.False);
        Assert.That(ReadinessSettings.Target.Accepts("windows12"), Is.False);
    }
}
