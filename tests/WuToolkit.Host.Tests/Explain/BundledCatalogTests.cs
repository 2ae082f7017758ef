namespace WuToolkit.Host.Tests.Explain;

/// <summary>
/// The bundled catalogs point only at checks the bundled plugins really export and at fixes those checks name, so
/// that every "checks:" and "fixes:" line of <c>wutk explain</c> leads somewhere.
/// </summary>
public class BundledCatalogTests
{
    // The fixes the bundled checks name as next steps (CheckResult.FixIds). Not every one is exported as a fix yet;
    // an exported fix counts as well.
    private static readonly string[] NamedFixes =
    [
        "disk.cleanup",
        "cache.reset-download",
        "services.restore-defaults",
        "network.reset-winhttp-proxy",
        "catalog.install-package",
        "cleanboot.enter",
    ];

    [Test]
    public void Every_check_a_catalog_names_is_an_exported_check()
    {
        var checks = BundledCodes.Catalog.Checks.Select(check => check.Id).ToHashSet(StringComparer.Ordinal);

        var unknown = BundledCodes.Explainer.Entries
            .SelectMany(entry => entry.Code.CheckIds.Where(id => !checks.Contains(id)).Select(id => $"{entry.Code.Hex} {entry.Code.Name}: {id}"))
            .ToList();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void Every_fix_a_catalog_names_is_exported_or_named_by_a_check()
    {
        var fixes = BundledCodes.Catalog.Fixes.Select(fix => fix.Id).Concat(NamedFixes).ToHashSet(StringComparer.Ordinal);

        var unknown = BundledCodes.Explainer.Entries
            .SelectMany(entry => entry.Code.FixIds.Where(id => !fixes.Contains(id)).Select(id => $"{entry.Code.Hex} {entry.Code.Name}: {id}"))
            .ToList();

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void The_error_codes_plugin_exports_the_six_catalogs()
    {
        var ids = BundledCodes.Catalog.ErrorCatalogs.Where(catalog => catalog.Plugin == "ErrorCodes").Select(catalog => catalog.Id);

        Assert.That(ids, Is.EquivalentTo(new[]
        {
            "codes.windows-update", "codes.servicing", "codes.setup", "codes.bits", "codes.delivery-optimization", "codes.common",
        }));
    }

    [Test]
    public void Every_bundled_code_has_a_meaning_and_a_valid_hex_form()
    {
        var entries = BundledCodes.Explainer.Entries;

        Assert.That(entries, Has.Count.GreaterThan(900));
        Assert.That(entries.Where(entry => string.IsNullOrWhiteSpace(entry.Code.Meaning)).Select(entry => entry.Code.Hex), Is.Empty);
        Assert.That(entries.Select(entry => entry.Code.Hex), Has.All.Match("^0x[0-9A-F]{8}$"));
    }
}
