using System.Reflection;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

/// <summary>The requirement checks declare what <c>wutk list</c> shows and what selectors pick them.</summary>
public class RequirementsMetadataTests
{
    private static readonly Type[] Checks =
    [
        typeof(ProcessorCheck), typeof(GraphicsCheck), typeof(FirmwareCheck), typeof(DiskLayoutCheck), typeof(MemoryCheck), typeof(StorageCheck),
    ];

    [TestCaseSource(nameof(Checks))]
    public void Each_check_is_an_upgrade_requirement_with_a_description_and_the_target_setting(Type check)
    {
        var export = check.GetCustomAttribute<ExportCheckAttribute>()!;

        Assert.That(export.Id, Does.StartWith("upgrade."));
        Assert.That(export.Scenario, Is.EqualTo(Scenario.Upgrade));
        Assert.That(export.Tags, Does.Contain("upgrade").And.Contain("requirements"));
        Assert.That(export.Description, Is.Not.Null.And.Length.GreaterThan(40));
        Assert.That(export.Settings, Is.EqualTo(typeof(UpgradeTargetSetting)));
    }

    [TestCaseSource(nameof(Checks))]
    public void No_check_answers_to_another_plugins_selector(Type check)
    {
        // `wutk run disk` means the disk plugin's space checks: a tag "disk" here would pull a requirement into it.
        var export = check.GetCustomAttribute<ExportCheckAttribute>()!;
        Assert.That(export.Tags, Has.None.AnyOf("disk", "network", "services", "cache", "catalog", "cleanboot", "health", "logs"));
    }
}
