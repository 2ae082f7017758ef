using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary><c>wutk undo</c>: the latest journal or a named one, the list, companions, and every refusal.</summary>
public class UndoCommandTests
{
    private FixSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox() => _sandbox = new FixSandbox();

    [TearDown]
    public void DeleteSandbox() => _sandbox.Dispose();

    [Test]
    public async Task Undo_restores_the_latest_fix_and_a_second_undo_finds_nothing_left()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");

        var undone = await _sandbox.RunAsync("undo", "--yes");
        var again = await _sandbox.RunAsync("undo", "--yes");

        Assert.That(undone.ExitCode, Is.EqualTo(ExitCodes.Ok), undone.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(undone.Output, Does.Contain("restored: 1.").And.Contain("restored: 3."));
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(again.Output, Does.Contain("Nothing to undo"));
    }

    [Test]
    public async Task Undo_shows_what_it_will_restore_then_asks()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");

        var declined = await _sandbox.RunAsync(["undo"], input: "no\n");

        Assert.That(declined.ExitCode, Is.EqualTo(ExitCodes.NotApproved));
        Assert.That(declined.Output, Does.Contain("rename it back"));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak" }));
    }

    [Test]
    public async Task A_named_journal_is_undone_and_the_list_shows_each_with_its_fix_and_state()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        await _sandbox.RunAsync(["fix", "fixture.needs-admin", "--yes"], elevated: true);
        var list = await _sandbox.RunAsync("undo", "--list", "--format", "json");
        Assert.That(SchemaFiles.Errors(SchemaFiles.Journals, list.Output), Is.Empty, list.Output);
        using var json = JsonDocument.Parse(list.Output);
        var journals = json.RootElement.GetProperty("journals").EnumerateArray().ToList();
        Assert.That(journals.Select(j => j.GetProperty("fix").GetString()), Is.EqualTo(new[] { "fixture.needs-admin", "fixture.move-folders" }), "newest first");
        Assert.That(journals.Select(j => j.GetProperty("state").GetString()), Is.All.EqualTo("applied"));
        var older = journals[1].GetProperty("id").GetString()!;

        var undone = await _sandbox.RunAsync("undo", older, "--yes", "--format", "json");

        Assert.That(undone.ExitCode, Is.EqualTo(ExitCodes.Ok), undone.Error);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Undo, undone.Output), Is.Empty, undone.Output);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b", "d" }), "only the named journal is undone");
        var table = await _sandbox.RunAsync("undo", "--list");
        Assert.That(table.Output, Does.Contain("fixture.move-folders").And.Contain("undone"));
    }

    [Test]
    public async Task A_journal_that_does_not_exist_is_missing_input_and_a_damaged_one_bad_data()
    {
        var missing = await _sandbox.RunAsync("undo", "20260101T000000000Z-nothing-000000", "--yes");
        var outside = await _sandbox.RunAsync("undo", "../../etc/passwd", "--yes");
        Directory.CreateDirectory(_sandbox.Journals);
        await File.WriteAllTextAsync(Path.Combine(_sandbox.Journals, "broken.jsonl"), "{\"type\":\"prepared\"}\n{}\n");
        var damaged = await _sandbox.RunAsync("undo", "broken", "--yes");

        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(outside.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(damaged.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(damaged.Error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    [Test]
    public async Task A_companion_fix_undoes_the_latest_application_of_its_fix()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        await _sandbox.RunAsync("fix", "fixture.create-marker", "--yes");

        var result = await _sandbox.RunAsync(["fix", "fixture.put-back", "--yes"], withRoot: false);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b", "c" }), "the marker, another fix's, stays");
    }

    [Test]
    public async Task A_fix_interrupted_before_is_named_when_another_is_applied()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        var file = _sandbox.JournalFiles().Single();
        File.WriteAllLines(file, File.ReadAllLines(file).SkipLast(1));

        var result = await _sandbox.RunAsync(["fix", "fixture.needs-admin", "--yes"], elevated: true);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Error, Does.Contain("warning").And.Contain(Path.GetFileNameWithoutExtension(file)).And.Contain("interrupted"));
    }

    [Test]
    public async Task With_nothing_to_undo_it_says_so()
    {
        var result = await _sandbox.RunAsync("undo", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Output, Does.Contain("Nothing to undo"));
    }

    [Test]
    public async Task Undoing_a_journal_whose_fix_needs_elevation_needs_it_too()
    {
        await _sandbox.RunAsync(["fix", "fixture.needs-admin", "--yes"], elevated: true);

        var refused = await _sandbox.RunAsync("undo", "--yes");

        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.NeedsElevation));
        Assert.That(Directory.Exists(Path.Combine(_sandbox.Root, "d")), Is.True);
    }
}
