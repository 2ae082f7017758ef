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
        var line = Row(result.Output, "fixture.move-folders");
        Assert.That(line, Does.Contain("moderate").And.Contain("not needed").And.Contain("fixture.put-back").And.Contain("fixture.folders"));
        Assert.That(Row(result.Output, "fixture.needs-admin"), Does.Contain("needed"));
        Assert.That(Row(result.Output, "fixture.put-back"), Does.Contain("Undoes the latest fixture.move-folders"));
        Assert.That(result.Output, Does.Not.Contain("Folders a and b are moved aside"), "no checks");
    }

    /// <summary>A fix's row of the table with the lines its cells wrap onto, spaces collapsed (beside the bundled fixes,
    /// 160 columns are not always enough for one line a fix).</summary>
    private static string Row(string output, string fixId)
    {
        var lines = output.Split('\n');
        var first = Array.FindIndex(lines, text => text.StartsWith("  " + fixId + " ", StringComparison.Ordinal));
        Assert.That(first, Is.GreaterThanOrEqualTo(0), output);
        var wrapped = lines.Skip(first + 1).TakeWhile(text => text.StartsWith("    ", StringComparison.Ordinal) && text.Trim().Length > 0);
        return string.Join(" ", string.Join(" ", [lines[first], .. wrapped]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
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
