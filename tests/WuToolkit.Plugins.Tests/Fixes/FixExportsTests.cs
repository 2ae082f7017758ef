using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.CleanBoot;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;
using WuToolkit.Plugins.Upgrade.Fixes;

namespace WuToolkit.Plugins.Tests.Fixes;

/// <summary>The fixes of the Health, CleanBoot and Upgrade plugins are declared as <c>wutk list --fixes</c> and
/// <c>wutk fix --for</c> need them: the ids the checks name, a description, the checks they address, and the host's undo
/// companion where one restores them.</summary>
public class FixExportsTests
{
    private static readonly Dictionary<string, (string[] Addresses, FixImpact Impact, string Undo)> Expected = new()
    {
        ["health.resync-time"] = (["health.clock"], FixImpact.Gentle, ""),
        ["health.sfc"] = (["health.component-store"], FixImpact.Heavy, ""),
        ["health.restore-health"] = (["health.component-store"], FixImpact.Heavy, ""),
        ["health.troubleshooter"] = (["catalog.failed-updates", "logs.update-client-errors"], FixImpact.Moderate, ""),
        ["health.restore-point"] = (["health.restore-points"], FixImpact.Gentle, ""),
        ["cleanboot.enter"] = (["cleanboot.third-party-services", "cleanboot.startup-items"], FixImpact.Heavy, "cleanboot.exit"),
        ["upgrade.disable-fast-startup"] = (["upgrade.fast-startup"], FixImpact.Gentle, ""),
        ["upgrade.disable-blocking-features"] = (["upgrade.optional-features"], FixImpact.Heavy, "upgrade.restore-features"),
        ["upgrade.pause-other-products"] = (["upgrade.other-products"], FixImpact.Gentle, "upgrade.restore-other-products"),
    };

    private static IEnumerable<(Type Type, ExportFixAttribute Export)> Exported() =>
        [
            .. PluginExports.Fixes(typeof(ClockCheck)),
            .. PluginExports.Fixes(typeof(ThirdPartyServicesCheck)),
            .. PluginExports.Fixes(typeof(FastStartupCheck)),
        ];

    [Test]
    public void Each_fix_is_exported_once_under_its_id()
    {
        Assert.That(Exported().Select(fix => fix.Export.Id), Is.EquivalentTo(Expected.Keys));
    }

    [Test]
    public void Each_fix_addresses_real_checks_and_names_its_undo_companion()
    {
        foreach (var (type, export) in Exported())
        {
            var (addresses, impact, undo) = Expected[export.Id];
            Assert.That(export.Addresses, Is.EqualTo(addresses), export.Id);
            Assert.That(PluginExports.CheckIds, Is.SupersetOf(export.Addresses), export.Id);
            Assert.That(export.Impact, Is.EqualTo(impact), export.Id);
            Assert.That(export.UndoFixId, Is.EqualTo(undo), export.Id);
            Assert.That(export.NeedsElevation, Is.True, export.Id);
            Assert.That(export.Description, Has.Length.GreaterThan(60), export.Id);
            Assert.That(typeof(IFix).IsAssignableFrom(type), Is.True, export.Id);
        }
    }

    [Test]
    public void A_fix_that_reads_settings_declares_them()
    {
        var settings = Exported().ToDictionary(fix => fix.Export.Id, fix => fix.Export.Settings);

        Assert.That(settings["health.restore-health"], Is.EqualTo(typeof(RepairSettings)));
        Assert.That(settings["health.resync-time"], Is.EqualTo(typeof(TimeSyncSettings)));
        Assert.That(settings["upgrade.disable-blocking-features"], Is.EqualTo(typeof(BlockingFeatureSettings)));
        Assert.That(settings["cleanboot.enter"], Is.Null);
    }
}
