using System.Text.Json;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Testing;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>Journals as files: one JSON entry a line, readable by a later process, tolerant of a last line cut short,
/// and never reaching outside their folder.</summary>
public class FileJournalStoreTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("wutk-journals-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_fix_applied_writes_one_json_entry_a_line_that_a_new_store_reads_back()
    {
        var pc = NewPc();
        var run = await new FixEngine(new FileJournalStore(_folder)).ApplyAsync(new FixRequest { FixId = "cache.reset-download", Title = "Reset", Plan = EveryKind }, pc, null, CancellationToken.None);

        var file = Path.Combine(_folder, run.JournalId + FileJournalStore.Extension);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.That(lines, Has.Length.EqualTo(1 + (2 * EveryKind.Steps.Count) + 1));
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.That(entry.RootElement.GetProperty("type").GetString(), Is.Not.Empty);
        }

        var journal = await new JournalBook(new FileJournalStore(_folder)).ReadAsync(run.JournalId!, CancellationToken.None);
        Assert.That(journal.State, Is.EqualTo(JournalState.Applied));
        Assert.That(journal.Steps.Select(step => JsonSerializer.Serialize(step.Step, FixJson.Compact)), Is.EqualTo(EveryKind.Steps.Select(step => JsonSerializer.Serialize(step, FixJson.Compact))));
        Assert.That(journal.Steps.Select(step => step.Step.GetType()), Is.EqualTo(EveryKind.Steps.Select(step => step.GetType())));
        Assert.That(journal.Title, Is.EqualTo("Reset"));
    }

    [Test]
    public async Task A_last_line_cut_short_by_a_crash_is_skipped_and_the_journal_is_interrupted()
    {
        var pc = NewPc();
        var before = pc.State;
        var store = new FileJournalStore(_folder);
        var run = await new FixEngine(store).ApplyAsync(new FixRequest { FixId = "cache.reset-download", Plan = ResetDownloadCache }, pc, null, CancellationToken.None);
        var file = store.Locate(run.JournalId!);
        var lines = await File.ReadAllLinesAsync(file);
        await File.WriteAllTextAsync(file, string.Join('\n', lines.Take(lines.Length - 1)) + "\n" + lines[^1][..10]);

        var journal = await new JournalBook(store).ReadAsync(run.JournalId!, CancellationToken.None);
        var undone = await new FixEngine(store).UndoAsync(run.JournalId!, pc, null, CancellationToken.None);

        Assert.That(journal.LastLineTorn, Is.True);
        Assert.That(journal.State, Is.EqualTo(JournalState.Interrupted));
        Assert.That(undone.Status, Is.EqualTo(FixRunStatus.Undone));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_damaged_line_in_the_middle_is_an_error_naming_the_line()
    {
        var store = new FileJournalStore(_folder);
        var run = await new FixEngine(store).ApplyAsync(new FixRequest { FixId = "x", Plan = ResetDownloadCache }, NewPc(), null, CancellationToken.None);
        var file = store.Locate(run.JournalId!);
        var lines = await File.ReadAllLinesAsync(file);
        lines[3] = "{not json";
        await File.WriteAllLinesAsync(file, lines);

        var error = await Assert.ThrowsAsync<JournalDamagedException>(() => new JournalBook(store).ReadAsync(run.JournalId!, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("line 4"));
    }

    [TestCase("../outside")]
    [TestCase("..")]
    [TestCase(".hidden")]
    [TestCase("a/b")]
    [TestCase(@"a\b")]
    [TestCase("")]
    public async Task A_name_that_could_reach_outside_the_folder_is_not_a_journal(string id)
    {
        var store = new FileJournalStore(_folder);

        await Assert.ThrowsAsync<JournalNotFoundException>(() => store.ReadLinesAsync(id, CancellationToken.None));
    }

    [Test]
    public async Task Listing_an_absent_folder_finds_nothing_and_damaged_journals_are_listed_apart()
    {
        Assert.That(await new FileJournalStore(Path.Combine(_folder, "none")).ListAsync(CancellationToken.None), Is.Empty);

        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.jsonl"), "nonsense\n");
        var (journals, damaged) = await new JournalBook(new FileJournalStore(_folder)).ListAsync(CancellationToken.None);

        Assert.That(journals, Is.Empty);
        Assert.That(damaged.Select(pair => pair.Id), Is.EqualTo(new[] { "broken" }));
    }
}
