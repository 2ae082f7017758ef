using System.Text;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Adversarial.Generators;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Tests.Adversarial;

/// <summary>
/// Snapshots generated from PCs described in code, then broken on purpose (<see cref="HostileSnapshots"/>): the reader
/// reads what the documented rules allow and refuses the rest with one <see cref="SnapshotFormatException"/> line naming
/// the file, never anything else; <c>wutk run --snapshot</c> exits 0, 1 or 3 for a snapshot it can read and 65 for one
/// it cannot, in one line, never 70.
/// </summary>
[NonParallelizable]
public class SnapshotAdversarialTests
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(30);

    private static string Print(HostileSnapshot snapshot)
    {
        var (bytes, verdict) = HostileSnapshots.Render(snapshot);
        return $"{snapshot} → must be {verdict}; file ({bytes.Length} bytes): {Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 1500)))}";
    }

    [Test]
    public Task The_reader_reads_what_the_rules_allow_and_refuses_the_rest_in_one_line() =>
        Property.ForAllAsync("snapshots.reader", HostileSnapshots.Any, ReadOne, cases: 400, Print);

    [Test]
    [Category("Slow")]
    public Task The_reader_holds_on_many_more_generated_snapshots() =>
        Property.ForAllAsync("snapshots.reader.slow", HostileSnapshots.Any, ReadOne, cases: 6_000, Print);

    [Test]
    public Task A_valid_generated_snapshot_reads_back_as_written() =>
        Property.ForAllAsync("snapshots.round-trip", HostileSnapshots.ValidPc, pc =>
        {
            var written = SnapshotWriter.ToUtf8(pc.ToSnapshot());
            var read = SnapshotReader.Read(written, "generated.json");

            Assert.That(read.Warnings, Is.Empty);
            Assert.That(Encoding.UTF8.GetString(SnapshotWriter.ToUtf8(read.Snapshot)), Is.EqualTo(Encoding.UTF8.GetString(written)));
        }, cases: 200, pc => Encoding.UTF8.GetString(SnapshotWriter.ToUtf8(pc.ToSnapshot())));

    [Test]
    public Task Run_with_a_generated_snapshot_exits_as_documented() =>
        Property.ForAllAsync("snapshots.cli", HostileSnapshots.Any, RunOneAsync, cases: 12, Print);

    [Test]
    [Category("Slow")]
    public Task Run_with_many_more_generated_snapshots_exits_as_documented() =>
        Property.ForAllAsync("snapshots.cli.slow", HostileSnapshots.Any, RunOneAsync, cases: 80, Print);

    private static IEnumerable<TestCaseData> Corpus() => AdversarialPaths.CorpusCases("snapshots");

    /// <summary>Each file of the corpus through the reader and <c>wutk run --snapshot</c>: what it holds decides the
    /// exit code (its name starts with the verdict: <c>read-</c>, <c>refused-</c>).</summary>
    [TestCaseSource(nameof(Corpus))]
    public async Task A_regression_input_is_read_or_refused_as_its_name_says(string file)
    {
        var name = Path.GetFileName(file);
        var verdict = name.StartsWith("refused-", StringComparison.Ordinal) ? SnapshotVerdict.Refused
            : name.StartsWith("read-", StringComparison.Ordinal) ? SnapshotVerdict.Read
            : throw new InvalidOperationException($"{name}: a snapshot corpus file's name starts with 'read-' or 'refused-'");
        var bytes = await File.ReadAllBytesAsync(file);

        Check(bytes, verdict, name);
        await RunAsync(bytes, verdict);
    }

    private static void ReadOne(HostileSnapshot snapshot)
    {
        var (bytes, verdict) = HostileSnapshots.Render(snapshot);
        Check(bytes, verdict, "generated.json");
    }

    /// <summary>Reads in its own task, so that a read that never ends fails the case instead of the whole run.</summary>
    private static void Check(byte[] bytes, SnapshotVerdict verdict, string source)
    {
        var read = Task.Run(() => Read(bytes, source));
        if (!read.Wait(ReadLimit))
        {
            throw new AssertionException($"the read did not end within {ReadLimit.TotalSeconds} s");
        }

        var (result, refused) = read.Result;
        if (refused is not null)
        {
            Assert.That(verdict, Is.Not.EqualTo(SnapshotVerdict.Read), $"refused a snapshot the rules allow: {refused.Message}");
            Assert.That(refused.Message, Does.Contain($"'{source}'").And.Not.Contain("\n").And.Not.Contain("\r"), "one line naming the file");
            Assert.That(refused.FileMissing, Is.False);
            return;
        }

        Assert.That(verdict, Is.Not.EqualTo(SnapshotVerdict.Refused), "read a snapshot the rules refuse");
        Assert.That(result!.Warnings, Has.Count.LessThanOrEqualTo(1), "unknown members are named in one warning");
        Assert.That(result.Warnings.All(warning => warning.Contains($"'{source}'", StringComparison.Ordinal) && !warning.Contains('\n', StringComparison.Ordinal)), Is.True, string.Join(" | ", result.Warnings));
        if (result.Warnings.Count > 0)
        {
            Assert.Throws<SnapshotFormatException>(() => SnapshotReader.Read(bytes, source, new SnapshotReadOptions { Strict = true }), "--strict refuses what is skipped with a warning");
        }
    }

    /// <summary>Parses, and uses what parsed as wutk does: a machine built on it, every answer written back out.</summary>
    private static (SnapshotReadResult? Result, SnapshotFormatException? Refused) Read(byte[] bytes, string source)
    {
        try
        {
            var result = SnapshotReader.Read(bytes, source);
            var machine = new SnapshotMachine(result.Snapshot);
            _ = ((IMachine)machine).Clock;
            _ = SnapshotWriter.ToUtf8(result.Snapshot);
            return (result, null);
        }
        catch (SnapshotFormatException ex)
        {
            return (null, ex);
        }
    }

    private static async Task RunOneAsync(HostileSnapshot snapshot)
    {
        var (bytes, verdict) = HostileSnapshots.Render(snapshot);
        await RunAsync(bytes, verdict);
    }

    private static async Task RunAsync(byte[] bytes, SnapshotVerdict verdict)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        await File.WriteAllBytesAsync(file, bytes);

        var table = await HostileRun.RunAsync(["run", "--snapshot", file], [temp.Path]);
        var json = await HostileRun.RunAsync(["run", "--snapshot", file, "--format", "json", "--strict"], [temp.Path]);

        Assert.That(table.ExitCode, Is.Not.EqualTo(ExitCodes.Internal), table.Error);
        if (table.ExitCode == ExitCodes.DataError)
        {
            Assert.That(verdict, Is.Not.EqualTo(SnapshotVerdict.Read), table.Error);
            Assert.That(table.Output, Is.Empty);
            StandardError.AssertOneError(table.Error, file);
        }
        else
        {
            Assert.That(verdict, Is.Not.EqualTo(SnapshotVerdict.Refused), $"exit {table.ExitCode} for a snapshot the rules refuse");
            Assert.That(table.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound, ExitCodes.Incomplete), table.Error);
            Assert.That(StandardError.AssertProblemLines(table.Error).All(line => line.StartsWith("warning: ", StringComparison.Ordinal)), Is.True, table.Error);
            var raw = table.Output.Split('\n').Where(line => line.Contains('\u001b', StringComparison.Ordinal) || line.Contains('\u202e', StringComparison.Ordinal)).ToList();
            Assert.That(raw, Is.Empty, "data is escaped in the table: " + string.Join(" | ", raw.Select(Output.TerminalText.Escape)));
        }

        // --strict refuses what the tolerant read skipped, and agrees with it on everything else.
        var skipped = table.Error.Contains("warning: ", StringComparison.Ordinal);
        Assert.That(json.ExitCode, Is.EqualTo(skipped ? ExitCodes.DataError : table.ExitCode), json.Error);
        if (json.ExitCode == ExitCodes.DataError)
        {
            Assert.That(json.Output, Is.Empty);
            StandardError.AssertOneError(json.Error, file);
        }
        else
        {
            using var document = System.Text.Json.JsonDocument.Parse(json.Output);
            Assert.That(document.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(json.ExitCode));
        }
    }
}
