using System.Reflection;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>The checks and fixes a Setup cause points at lead somewhere: exported checks, and fixes the bundled plugins
/// export or build this round.</summary>
public class CauseHintsTests
{
    // Fixes that bundled checks name as next steps or that are being built beside these rules.
    private static readonly string[] KnownFixes =
    [
        "disk.cleanup", "cache.reset-download", "cache.reset-components", "services.restore-defaults", "network.reset-winhttp-proxy",
        "network.reset-winsock", "catalog.install-package", "catalog.uninstall-update", "cleanboot.enter", "health.resync-time",
        "health.restore-health", "health.sfc", "upgrade.disable-fast-startup", "upgrade.disable-blocking-features",
    ];

    private static readonly string[] Plugins = ["Cache", "Catalog", "CleanBoot", "Disk", "Health", "Logs", "Network", "Services", "Upgrade"];

    [Test]
    public void Every_check_a_Setup_cause_names_is_an_exported_check_and_every_fix_a_known_one()
    {
        var checks = Plugins.Select(Assembly.Load)
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => type.GetCustomAttribute<ExportCheckAttribute>()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(checks, Has.Count.GreaterThanOrEqualTo(40));
        foreach (var cause in SetupProfiles.All)
        {
            Assert.That(cause.Checks, Is.SubsetOf(checks), cause.Profile);
            Assert.That(cause.Fixes, Is.SubsetOf(KnownFixes), cause.Profile);
        }
    }
}
