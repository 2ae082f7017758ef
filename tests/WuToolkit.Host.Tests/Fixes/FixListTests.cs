using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary><c>wutk list</c> shows fixes beside checks; <c>--fixes</c> only fixes, with impact, elevation, undo and the
/// checks each addresses; JSON carries the same in list-v1.</summary>
public class FixListTests
{
    private FixSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox() => _sandbox = new FixSandbox();

    [TearDown]
    public void DeleteSandbox() => _sandbox.Dispose();

    [Test]
    public async Task List_fixes_shows_only_fixes_with_what_to_know_before_applying_one()
    {
        var result = await _sandbox.RunAsync("list", "--fixes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var line = result.Output.Split('\n').Single(text => text.TrimStart().StartsWith("fixture.move-folders ", StringComparison.Ordinal) && text.Contains("FolderFixes", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("moderate").And.Contain("not needed").And.Contain("fixture.put-back").And.Contain("fixture.folders"));
        Assert.That(result.Output.Split('\n').Single(text => text.Contains("fixture.needs-admin", StringComparison.Ordinal)), Does.Contain("needed"));
        Assert.That(result.Output, Does.Contain("fixture.put-back").And.Contain("Undoes the latest fixture.move-folders"));
        Assert.That(result.Output, Does.Not.Contain("Folders a and b are moved aside"), "no checks");
    }

    [Test]
    public async Task List_shows_fixes_beside_checks()
    {
        var result = await _sandbox.RunAsync("list");

        Assert.That(result.Output, Does.Contain("fixture.folders").And.Contain("fixture.move-folders"));
    }

    [Test]
    public async Task List_json_carries_each_fixs_impact_addresses_undo_companion_and_settings_and_validates()
    {
        var result = await _sandbox.RunAsync("list", "--fixes", "--format", "json");

        Assert.That(SchemaFiles.Errors(SchemaFiles.List, result.Output), Is.Empty, result.Output);
        using var json = JsonDocument.Parse(result.Output);
        var fix = json.RootElement.GetProperty("fixes").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "fixture.move-folders");
        Assert.That(fix.GetProperty("impact").GetString(), Is.EqualTo("moderate"));
        Assert.That(fix.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "fixture.folders" }));
        Assert.That(fix.GetProperty("undoFixId").GetString(), Is.EqualTo("fixture.put-back"));
        Assert.That(fix.GetProperty("settings").EnumerateArray().Select(a => a.GetString()), Is.EquivalentTo(new[] { "fixture.root", "fixture.pause" }));
    }
}
