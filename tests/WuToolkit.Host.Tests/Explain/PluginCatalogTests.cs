using System.Text.Json;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>
/// A plugin adds codes through an exported catalog (the VendorCodes fixture): its own codes are explained and found,
/// and a code it shares with a bundled catalog is shown from both, wutk's explanation first. A catalog that breaks is
/// one warning; the others still answer.
/// </summary>
public class PluginCatalogTests
{
    private const string Fixture = "VendorCodes";

    [Test]
    public async Task A_catalog_only_plugin_loads_without_problems()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("plugins", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Output + result.Error);
        Assert.That(CliJson.ReadPlugins(result.Output).Problems, Is.Empty);
    }

    [Test]
    public async Task A_plugin_catalog_adds_its_own_codes_by_code_and_by_name()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var byCode = await Support.Cli.RunAsync("explain", "0xA0041234", "--plugins", temp.Path);
        var byName = await Support.Cli.RunAsync("explain", "contoso_e_printer_queue_stuck", "--plugins", temp.Path);

        Assert.That(byCode.ExitCode, Is.EqualTo(ExitCodes.Ok), byCode.Error);
        Assert.That(byCode.Output, Does.Contain("CONTOSO_E_PRINTER_QUEUE_STUCK").And.Contain("Contoso print queue"));
        Assert.That(byCode.Output, Does.Contain("catalog contoso.codes, plugin VendorCodes"));
        Assert.That(byName.ExitCode, Is.EqualTo(ExitCodes.Ok), byName.Error);
        Assert.That(byName.Output, Does.Contain("0xA0041234"));
    }

    [Test]
    public async Task Without_the_plugin_the_vendor_code_is_only_decoded()
    {
        var result = await Support.Cli.RunAsync("explain", "0xA0041234");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain("No catalog knows 0xA0041234").And.Contain("customer-defined"));
    }

    [Test]
    public async Task A_code_defined_twice_is_shown_from_both_catalogs_the_bundled_one_first()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("explain", "0x8024402C", "--plugins", temp.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.GetProperty("code").GetProperty("entries").EnumerateArray()
            .Select(entry => (Catalog: entry.GetProperty("catalog").GetString(), Meaning: entry.GetProperty("meaning").GetString()))
            .ToList();
        Assert.That(entries.Select(entry => entry.Catalog), Is.EqualTo(new[] { "codes.windows-update", "contoso.codes" }));
        Assert.That(entries[1].Meaning, Does.StartWith("Contoso note"));
    }

    [Test]
    public async Task A_plugin_catalog_is_searched_too()
    {
        using var temp = new TempFolder();
        FixturePlugins.DropAsFolder(Fixture, temp.Path);

        var result = await Support.Cli.RunAsync("explain", "--search", "contoso", "queue", "--plugins", temp.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("0xA0041234"));
    }

    [Test]
    public void A_catalog_that_throws_is_one_problem_and_the_others_still_answer()
    {
        var problems = new List<string>();
        var broken = new ErrorCatalogDescriptor("Broken", new ErrorCatalogMetadata { Id = "broken.codes", Title = "Broken" },
            () => throw new InvalidOperationException("cannot read\nits table"));
        var fine = new ErrorCatalogDescriptor("Fine", new ErrorCatalogMetadata { Id = "fine.codes", Title = "Fine" },
            () => new FixedCatalog(new ErrorCode { Code = 0xA0000001, Name = "FINE_E_ONE", Meaning = "One.", Causes = [], CheckIds = [], FixIds = [] }));

        var explainer = CodeExplainer.Load([broken, fine], problems.Add);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("broken.codes").And.Contain("Broken").And.Contain("cannot read its table"));
        Assert.That(explainer.Explain(new CodeQuery("x", 0xA0000001)).Entries.Single().Code.Name, Is.EqualTo("FINE_E_ONE"));
    }

    [Test]
    public void Nulls_from_a_loosely_built_catalog_read_as_empty()
    {
        var loose = new ErrorCatalogDescriptor("Loose", new ErrorCatalogMetadata { Id = "loose.codes", Title = "Loose" },
            () => new FixedCatalog(new ErrorCode { Code = 0xA0000002, Name = null!, Meaning = null!, Causes = null!, CheckIds = null!, FixIds = null! }, null!));

        var explainer = CodeExplainer.Load([loose], _ => Assert.Fail("no problem expected"));

        var entry = explainer.Explain(new CodeQuery("x", 0xA0000002)).Entries.Single().Code;
        Assert.That(entry.Name, Is.Empty);
        Assert.That(entry.Causes, Is.Empty);
        Assert.That(entry.CheckIds, Is.Empty);
        Assert.That(explainer.Search("anything", 10).Total, Is.Zero);
    }

    private sealed class FixedCatalog(params ErrorCode[] codes) : IErrorCatalog
    {
        public IReadOnlyList<ErrorCode> Codes => codes;
    }
}
