using System.Reflection;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Plugins.Tests;

/// <summary>The fixes of the Cache, Services, Network, Disk and Catalog plugins are declared so that the host can list,
/// propose and verify them: the ids the checks and the error catalogs name exist, each names the checks it really
/// addresses, and its settings are declared as checks declare theirs.</summary>
public class FixDeclarationTests
{
    private static readonly Assembly[] Plugins =
    [
        typeof(WuToolkit.Plugins.Cache.Fixes.ResetDownloadFix).Assembly,
        typeof(WuToolkit.Plugins.Services.Fixes.RestoreDefaultsFix).Assembly,
        typeof(WuToolkit.Plugins.Network.Fixes.ResetWinHttpProxyFix).Assembly,
        typeof(WuToolkit.Plugins.Disk.Fixes.ComponentCleanupFix).Assembly,
        typeof(WuToolkit.Plugins.Catalog.Fixes.InstallPackageFix).Assembly,
    ];

    private static IEnumerable<(Type Type, ExportFixAttribute Export)> Fixes =>
        Plugins.SelectMany(plugin => plugin.GetTypes())
            .Select(type => (Type: type, Export: type.GetCustomAttribute<ExportFixAttribute>()))
            .Where(pair => pair.Export is not null)
            .Select(pair => (pair.Type, pair.Export!));

    [Test]
    public void Every_fix_the_brief_names_is_exported_by_its_plugin()
    {
        var ids = Fixes.ToDictionary(fix => fix.Export.Id, fix => fix.Type.Assembly.GetName().Name);

        Assert.That(ids, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["cache.reset-download"] = "Cache",
            ["cache.reset-components"] = "Cache",
            ["services.restore-defaults"] = "Services",
            ["network.reset-winhttp-proxy"] = "Network",
            ["network.reset-winsock"] = "Network",
            ["disk.cleanup"] = "Disk",
            ["catalog.install-package"] = "Catalog",
            ["catalog.uninstall-update"] = "Catalog",
        }));
    }

    [Test]
    public void Each_addresses_only_checks_that_exist()
    {
        // Every check these fixes address is one of their own plugins'.
        var checks = Plugins.SelectMany(plugin => plugin.GetTypes())
            .Select(type => type.GetCustomAttribute<ExportCheckAttribute>()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (_, export) in Fixes)
        {
            Assert.That(export.Addresses, Is.SubsetOf(checks), export.Id);
        }
    }

    [Test]
    public void Each_is_a_public_part_with_a_description_a_title_and_elevation()
    {
        foreach (var (type, export) in Fixes)
        {
            Assert.That(type.IsPublic && type.IsSealed && type.GetConstructor(Type.EmptyTypes) is not null, Is.True, export.Id);
            Assert.That(typeof(IFix).IsAssignableFrom(type), Is.True, export.Id);
            Assert.That(export.Id, Does.StartWith(type.Assembly.GetName().Name!.ToLowerInvariant() + "."));
            Assert.That(export.Title, Is.Not.Empty, export.Id);
            Assert.That(export.Description, Has.Length.InRange(60, 400), export.Id);
            Assert.That(export.NeedsElevation, Is.True, export.Id);
        }
    }

    [Test]
    public void Settings_are_declared_as_checks_declare_theirs()
    {
        var withSettings = Fixes.Where(fix => fix.Export.Settings is not null).ToList();

        Assert.That(withSettings.Select(fix => fix.Export.Id), Is.EquivalentTo(new[] { "catalog.install-package", "catalog.uninstall-update" }));
        foreach (var (_, export) in withSettings)
        {
            var settings = export.Settings!.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => field.GetValue(null)).OfType<Setting>().ToList();
            Assert.That(settings, Has.Count.EqualTo(1), export.Id);
            Assert.That(settings[0].Key, Does.StartWith("catalog."));
            Assert.That(settings[0].Description, Is.Not.Empty);
        }
    }
}
