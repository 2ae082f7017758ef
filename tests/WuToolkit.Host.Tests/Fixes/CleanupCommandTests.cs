using System.Text.Json;
using System.Text.Json.Nodes;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary><c>wutk cleanup</c>: deletes what a named journal's fix moved aside, and nothing else.</summary>
public class CleanupCommandTests
{
    private FixSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox() => _sandbox = new FixSandbox();

    [TearDown]
    public void DeleteSandbox() => _sandbox.Dispose();

    private async Task<string> ApplyAsync()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        return Path.GetFileNameWithoutExtension(_sandbox.JournalFiles().Single());
    }

    [Test]
    public async Task Cleanup_shows_what_it_deletes_asks_and_deletes_only_that()
    {
        var journal = await ApplyAsync();
        Directory.CreateDirectory(Path.Combine(_sandbox.Root, "a"));

        var declined = await _sandbox.RunAsync(["cleanup", journal], input: "n\n");
        Assert.That(declined.ExitCode, Is.EqualTo(ExitCodes.NotApproved));
        Assert.That(declined.Output, Does.Contain(Path.Combine(_sandbox.Root, "a.bak")));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "a.bak", "b.bak" }));

        var deleted = await _sandbox.RunAsync(["cleanup", journal, "--format", "json"], input: "y\n");

        Assert.That(deleted.ExitCode, Is.EqualTo(ExitCodes.Ok), deleted.Error);
        Assert.That(SchemaFiles.Errors(SchemaFiles.Undo, deleted.Output), Is.Empty, deleted.Output);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a" }), "the folder Windows rebuilt stays");
        var again = await _sandbox.RunAsync("cleanup", journal, "--yes");
        Assert.That(again.Output, Does.Contain("nothing moved aside"));
    }

    [Test]
    public async Task After_an_undo_there_is_nothing_moved_aside_to_delete()
    {
        var journal = await ApplyAsync();
        await _sandbox.RunAsync("undo", "--yes");

        var result = await _sandbox.RunAsync("cleanup", journal, "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task A_journal_edited_to_name_another_folder_deletes_nothing()
    {
        var journal = await ApplyAsync();
        var victim = Directory.CreateDirectory(_sandbox.Combine("precious")).FullName;
        var file = _sandbox.JournalFiles().Single();
        var lines = File.ReadAllLines(file).Select(line =>
        {
            var node = JsonNode.Parse(line)!;
            if ((string?)node["type"] == "prepared")
            {
                node["before"]!["moveTo"] = victim;
            }

            return node.ToJsonString();
        });
        File.WriteAllLines(file, lines);

        var result = await _sandbox.RunAsync("cleanup", journal, "--yes");

        Assert.That(Directory.Exists(victim), Is.True);
        Assert.That(result.Output, Does.Contain("nothing moved aside"));
    }
}
