using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Running;

public class CheckSelectionTests
{
    private static readonly IReadOnlyList<WuToolkit.Host.Plugins.CheckDescriptor> Checks =
    [
        TestChecks.Passing("network.adapter", "Network", Scenario.Both, "network"),
        TestChecks.Passing("disk.free-space", "Disk", Scenario.Update, "storage"),
        TestChecks.Passing("disk.upgrade-space", "Disk", Scenario.Upgrade, "storage"),
        TestChecks.Passing("upgrade.firmware", "Upgrade", Scenario.Upgrade, "tpm"),
    ];

    private static string[] Ids(CheckSelection selection) => selection.Checks.Select(c => c.Id).ToArray();

    [Test]
    public void Plugin_names_select_their_checks_case_insensitively() =>
        Assert.That(Ids(CheckSelection.Select(Checks, ["network", "DISK"], Scenario.Both)),
            Is.EqualTo(new[] { "network.adapter", "disk.free-space", "disk.upgrade-space" }));

    [Test]
    public void Ids_wildcards_and_tags_select()
    {
        Assert.That(Ids(CheckSelection.Select(Checks, ["disk.free-space"], Scenario.Both)), Is.EqualTo(new[] { "disk.free-space" }));
        Assert.That(Ids(CheckSelection.Select(Checks, ["*.upgrade-space"], Scenario.Both)), Is.EqualTo(new[] { "disk.upgrade-space" }));
        Assert.That(Ids(CheckSelection.Select(Checks, ["tpm"], Scenario.Both)), Is.EqualTo(new[] { "upgrade.firmware" }));
    }

    [Test]
    public void The_scenario_narrows_the_selection()
    {
        Assert.That(Ids(CheckSelection.Select(Checks, [], Scenario.Upgrade)),
            Is.EqualTo(new[] { "network.adapter", "disk.upgrade-space", "upgrade.firmware" }));
        Assert.That(Ids(CheckSelection.Select(Checks, ["upgrade"], Scenario.Both)),
            Is.EqualTo(new[] { "network.adapter", "disk.upgrade-space", "upgrade.firmware" }), "'upgrade' names the plugin and the scenario");
    }

    [Test]
    public void A_selector_that_matches_nothing_is_reported()
    {
        var selection = CheckSelection.Select(Checks, ["disk", "dsik", "--bogus"], Scenario.Both);
        Assert.That(selection.UnknownSelectors, Is.EqualTo(new[] { "dsik", "--bogus" }));
    }

    [Test]
    public void A_real_check_outside_the_scenario_is_not_unknown()
    {
        var selection = CheckSelection.Select(Checks, ["disk.upgrade-space"], Scenario.Update);
        Assert.That(selection.UnknownSelectors, Is.Empty);
        Assert.That(selection.Checks, Is.Empty);
    }

    [Test]
    public void The_plugin_health_check_is_selectable()
    {
        Assert.That(CheckSelection.Select(Checks, ["wutk.plugins"], Scenario.Both).IncludesPluginHealth, Is.True);
        Assert.That(CheckSelection.Select(Checks, ["disk"], Scenario.Both).IncludesPluginHealth, Is.False);
        Assert.That(CheckSelection.Select(Checks, [], Scenario.Both).IncludesPluginHealth, Is.True);
    }
}
