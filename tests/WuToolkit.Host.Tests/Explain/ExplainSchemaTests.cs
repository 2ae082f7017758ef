using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Explain;

/// <summary><c>wutk explain --format json</c> writes what explain-v1 describes, in each of its shapes: a known code,
/// a setup pair, a code no catalog knows, a Win32 number, a search with and without matches, and a failed plugin.</summary>
public class ExplainSchemaTests
{
    private const string Schema = "explain-v1.schema.json";

    [TestCase("0x8024402C")]
    [TestCase("0xC1900101-0x40017")]
    [TestCase("0x80070070-0x60000")]
    [TestCase("0x80249999")]
    [TestCase("0x801901A5")]
    [TestCase("1058")]
    [TestCase("0xC1800118")]
    [TestCase("0")]
    public async Task Explaining_a_code_validates(string code)
    {
        var result = await Support.Cli.RunAsync("explain", code, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SchemaFiles.Errors(Schema, result.Output), Is.Empty);
    }

    [TestCase("proxy")]
    [TestCase("zzqqxx")]
    public async Task A_search_validates(string words)
    {
        var result = await Support.Cli.RunAsync("explain", "--search", words, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SchemaFiles.Errors(Schema, result.Output), Is.Empty);
    }

    [Test]
    public async Task Output_with_a_plugin_that_fails_to_load_validates_and_names_the_problem()
    {
        using var temp = new TempFolder();
        var broken = Directory.CreateDirectory(temp.Combine("Broken")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(broken, "Broken.dll"), [0x4D, 0x5A, 0x00, 0x01, 0xFF, 0xFE]);

        var result = await Support.Cli.RunAsync("explain", "0x80070005", "--format", "json", "--plugins", temp.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), "the bundled catalogs still explain the code");
        Assert.That(SchemaFiles.Errors(Schema, result.Output), Is.Empty);
        Assert.That(result.Output, Does.Contain("\"plugin\": \"Broken\""));
    }

    [Test]
    public void The_schema_refuses_a_document_with_both_code_and_search()
    {
        const string both = """
            { "schemaVersion": 1, "kind": "explain", "toolVersion": "1.0.0", "mode": "search", "input": "x",
              "code": { }, "search": { "words": "x", "total": 0, "limit": 25, "matches": [] }, "problems": [] }
            """;

        Assert.That(SchemaFiles.Errors(Schema, both), Is.Not.Empty);
    }
}
