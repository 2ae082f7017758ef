using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Plugins.ErrorCodes;
using WuToolkit.Plugins.ErrorCodes.Resources;

namespace WuToolkit.Plugins.Tests.ErrorCodes;

/// <summary>
/// Each catalog of the ErrorCodes plugin: every row has its words in the catalog's resources and every text there
/// belongs to a row, codes sit in their catalog's range, ids are well-formed, and the table is built once.
/// </summary>
public class ErrorCatalogTests
{
    private const string NamePattern = "^[A-Z][A-Z0-9_]*$";

    // The loader's rule for ids, restated so that a loosened loader does not loosen this test.
    private const string IdPattern = "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$";

    private static IEnumerable<TestCaseData> Catalogs()
    {
        yield return Case(new WindowsUpdateCatalog(), WindowsUpdateCodes.ResourceManager, code => (code & 0x7FFF0000) == 0x00240000);
        yield return Case(new ServicingCatalog(), ServicingCodes.ResourceManager, code => (code & 0x7FFF0000) == 0x000F0000 || IsSideBySide(code));
        yield return Case(new SetupCatalog(), SetupCodes.ResourceManager, code => (code & 0xFFF00000) == 0xC1900000 || code == 0xC1800118);
        yield return Case(new BitsCatalog(), BitsCodes.ResourceManager, code => (code & 0x7FFF0000) is 0x00200000 or 0x00190000);
        yield return Case(new DeliveryOptimizationCatalog(), DeliveryOptimizationCodes.ResourceManager, code => (code & 0xFFFF0000) == 0x80D00000);
        yield return Case(new CommonCatalog(), CommonCodes.ResourceManager, _ => true);
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Every_code_has_a_name_and_meaning_in_plain_words(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange)
    {
        Assert.That(catalog.Codes, Is.Not.Empty);
        foreach (var code in catalog.Codes)
        {
            // 0xC1800118 is the one code Microsoft documents without a symbolic name.
            Assert.That(code.Name, code.Code == 0xC1800118 ? Is.Empty : Does.Match(NamePattern), code.Hex);
            Assert.That(code.Meaning, Is.Not.Empty.And.Not.Contain("\n"), code.Hex);
            Assert.That(code.Causes, Has.All.Not.Empty, code.Hex);
            Assert.That(inRange(code.Code), Is.True, $"{code.Hex} {code.Name} is outside its catalog's range");
        }
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Checks_and_fixes_are_well_formed_ids(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange)
    {
        foreach (var code in catalog.Codes)
        {
            Assert.That(code.CheckIds.Concat(code.FixIds), Has.All.Match(IdPattern), code.Hex);
            Assert.That(code.CheckIds, Is.Unique, code.Hex);
            Assert.That(code.FixIds, Is.Unique, code.Hex);
        }
    }

    [Test]
    public void Only_a_minority_of_codes_point_to_checks()
    {
        // Pointing everything somewhere would make the pointers meaningless: most codes are explained by their
        // meaning alone.
        var codes = Catalogs().SelectMany(data => ((IErrorCatalog)data.Arguments[0]!).Codes).ToList();

        Assert.That(codes.Count(code => code.CheckIds.Count > 0), Is.LessThan(codes.Count / 4));
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Every_text_in_the_resources_belongs_to_a_code(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange)
    {
        var keys = catalog.Codes.Select(code => code.Name.Length > 0 ? code.Name : $"Code_{code.Code:X8}")
            .SelectMany(key => new[] { key, key + CodeTable.CausesSuffix })
            .ToHashSet(StringComparer.Ordinal);

        var orphans = texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .Select(entry => (string)entry.Key)
            .Where(key => !keys.Contains(key))
            .ToList();

        Assert.That(orphans, Is.Empty);
    }

    [TestCaseSource(nameof(Catalogs))]
    public void The_same_code_and_name_appear_once(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange) =>
        Assert.That(catalog.Codes.Select(code => (code.Code, code.Name)), Is.Unique);

    [TestCaseSource(nameof(Catalogs))]
    public void The_table_is_built_once_per_catalog(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange)
    {
        var first = catalog.Codes;
        Assert.That(catalog.Codes, Is.SameAs(first));
    }

    [Test]
    public void Every_catalog_is_exported_with_a_codes_id_and_a_title()
    {
        var exported = typeof(CodeTable).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<ExportErrorCatalogAttribute>())
            .OfType<ExportErrorCatalogAttribute>()
            .ToList();

        Assert.That(exported, Has.Count.EqualTo(Catalogs().Count()));
        Assert.That(exported.Select(export => export.Id), Has.All.Match("^codes\\.[a-z-]+$"));
        Assert.That(exported.Select(export => export.Id), Is.Unique);
        Assert.That(exported.Select(export => export.Title), Has.All.Not.Empty);
    }

    [Test]
    public void A_row_without_its_text_fails_loudly_naming_the_key()
    {
        var table = new CodeTable([new CodeRow(0x80249999, "WU_E_NOT_IN_THE_RESOURCES")], WindowsUpdateCodes.ResourceManager);

        Assert.That(() => table.Codes, Throws.InvalidOperationException.With.Message.Contain("WU_E_NOT_IN_THE_RESOURCES"));
    }

    [Test]
    public void Causes_come_one_a_line_in_order_and_checks_and_fixes_from_the_row()
    {
        var code = new WindowsUpdateCatalog().Codes.Single(entry => entry.Code == 0x8024402C);

        Assert.That(code.Name, Is.EqualTo("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
        Assert.That(code.Causes, Has.Count.EqualTo(4));
        Assert.That(code.Causes[0], Does.Contain("DNS"));
        Assert.That(code.CheckIds, Is.EqualTo(new[] { "network.adapter", "network.endpoints", "network.proxy" }));
        Assert.That(code.FixIds, Is.EqualTo(new[] { "network.reset-winhttp-proxy" }));
    }

    [Test]
    public void A_value_with_two_names_lists_both_the_current_one_first()
    {
        var names = new WindowsUpdateCatalog().Codes.Where(code => code.Code == 0x80240047).Select(code => code.Name);

        Assert.That(names, Is.EqualTo(new[] { "WU_E_REVERT_NOT_ALLOWED", "WU_E_NOTSUPPORTED" }));
    }

    private static TestCaseData Case(IErrorCatalog catalog, ResourceManager texts, Func<uint, bool> inRange) =>
        new TestCaseData(catalog, texts, inRange).SetArgDisplayNames(catalog.GetType().Name);

    /// <summary>The side-by-side store's Win32 errors (14000–14999) belong with servicing.</summary>
    private static bool IsSideBySide(uint code) => (code & 0xFFFF0000) == 0x80070000 && (code & 0xFFFF) is >= 14000 and < 15000;
}
