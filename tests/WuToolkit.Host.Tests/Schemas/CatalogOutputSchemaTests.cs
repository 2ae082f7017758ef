using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary><c>wutk list</c> and <c>wutk plugins</c> with <c>--format json</c> write what list-v1 and plugins-v1
/// describe, both when every plugin loads and when one does not (which fills <c>problems</c>).</summary>
public class CatalogOutputSchemaTests
{
    [TestCase("list", SchemaFiles.List)]
    [TestCase("plugins", SchemaFiles.Plugins)]
    public async Task Output_with_the_bundled_plugins_validates(string command, string schema)
    {
        var result = await Support.Cli.RunAsync(command, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SchemaFiles.Errors(schema, result.Output), Is.Empty);
    }

    [TestCase("list", SchemaFiles.List)]
    [TestCase("plugins", SchemaFiles.Plugins)]
    public async Task Output_with_a_plugin_that_fails_to_load_validates_and_names_the_problem(string command, string schema)
    {
        using var temp = new TempFolder();
        var broken = Directory.CreateDirectory(temp.Combine("Broken")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(broken, "Broken.dll"), [0x4D, 0x5A, 0x00, 0x01, 0xFF, 0xFE]);

        var result = await Support.Cli.RunAsync(command, "--format", "json", "--plugins", temp.Path);

        Assert.That(SchemaFiles.Errors(schema, result.Output), Is.Empty);
        Assert.That(result.Output, Does.Contain("\"plugin\": \"Broken\""));
    }
}
