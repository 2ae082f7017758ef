using System.Reflection;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.CleanBoot;

namespace WuToolkit.Plugins.Tests.CleanBoot;

public class CleanBootMetadataTests
{
    [TestCase(typeof(ThirdPartyServicesCheck), Scenario.Both)]
    [TestCase(typeof(StartupItemsCheck), Scenario.Both)]
    [TestCase(typeof(SecurityProductsCheck), Scenario.Upgrade)]
    public void Each_check_has_its_scenario_and_a_description(Type check, Scenario scenario)
    {
        var export = check.GetCustomAttribute<ExportCheckAttribute>()!;

        Assert.That(export.Id, Does.StartWith("cleanboot."));
        Assert.That(export.Scenario, Is.EqualTo(scenario));
        Assert.That(export.Tags, Does.Contain("cleanboot"));
        Assert.That(export.Description, Is.Not.Null.And.Length.GreaterThan(40));
    }
}
