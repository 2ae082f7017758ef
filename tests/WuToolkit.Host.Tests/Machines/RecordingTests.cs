using System.Text.Json;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;

using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Tests.Machines;

public class RecordingTests
{
    [Test]
    public async Task What_was_recorded_is_answered_the_same_from_the_snapshot_and_nothing_else_is()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("payload.cab"), "cab");
        await using var server = new LoopbackHttpServer(statusCode: 200);
        var recorder = new SnapshotRecorder();
        using var live = new PortableMachine(TimeProvider.System, TimeSpan.FromSeconds(5));
        var recording = new RecordingMachine(live, recorder);

        var volume = await recording.Storage.GetSystemVolumeAsync(CancellationToken.None);
        var folder = await recording.Storage.GetPathAsync(temp.Path, CancellationToken.None);
        var probe = await recording.Network.ProbeAsync(server.Url, CancellationToken.None);
        var adapters = await recording.Network.GetAdaptersAsync(CancellationToken.None);
        var hardware = await recording.System.GetHardwareAsync(CancellationToken.None);
        Assert.That(recorder.AnswerCount, Is.EqualTo(5));

        var file = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(recorder.ToSnapshot(new SnapshotHeader { CollectedUtc = DateTimeOffset.UtcNow, CollectedBy = "test" }), file);
        var replay = new SnapshotMachine((await SnapshotFile.ReadAsync(file, CancellationToken.None)).Snapshot);

        Assert.That(await replay.Storage.GetSystemVolumeAsync(CancellationToken.None), Is.EqualTo(volume));
        Assert.That(await replay.Storage.GetPathAsync(temp.Path, CancellationToken.None), Is.EqualTo(folder));
        Assert.That((await replay.Network.ProbeAsync(server.Url, CancellationToken.None)).StatusCode, Is.EqualTo(200));
        Assert.That(probe.StatusCode, Is.EqualTo(200));
        Assert.That((await replay.Network.GetAdaptersAsync(CancellationToken.None)).Select(a => a.Name), Is.EqualTo(adapters.Select(a => a.Name)));
        Assert.That(await replay.System.GetHardwareAsync(CancellationToken.None), Is.EqualTo(hardware));

        // Never a guess: what was not asked while recording stays unanswered.
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => replay.Storage.GetPathAsync(temp.Combine("other"), CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => replay.Network.ResolveAsync("localhost", CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => replay.Services.GetAsync("wuauserv", CancellationToken.None));
    }

    [Test]
    public async Task An_absent_service_is_recorded_as_absent_not_as_unanswered()
    {
        var recorder = new SnapshotRecorder();
        recorder.Record(MachineQuestions.Service, "DoSvc", null);
        recorder.Record(MachineQuestions.Service, "wuauserv", new ServiceInfo { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Manual, State = ServiceState.Stopped });
        var replay = new SnapshotMachine(recorder.ToSnapshot(new SnapshotHeader { CollectedUtc = DateTimeOffset.UnixEpoch, CollectedBy = "test" }));

        Assert.That(await replay.Services.GetAsync("dosvc", CancellationToken.None), Is.Null);
        Assert.That((await replay.Services.GetAsync("WUAUSERV", CancellationToken.None))!.DisplayName, Is.EqualTo("Windows Update"));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => replay.Services.GetAsync("BITS", CancellationToken.None));
    }

    [Test]
    public async Task Collect_then_run_on_the_snapshot_gives_the_same_findings()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("this-pc.json");
        var collect = await Support.Cli.RunAsync("collect", "-o", file, "disk", "--format", "json", "--description", "the test machine");
        Assert.That(collect.ExitCode, Is.EqualTo(ExitCodes.Ok), collect.Error);
        Assert.That(collect.Error, Does.Contain("snapshot written to"));

        var replay = await Support.Cli.RunAsync("run", "--snapshot", file, "disk", "--format", "json");
        Assert.That(replay.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.IssueFound), replay.Error);
        Assert.That(Findings(replay.Output), Is.EqualTo(Findings(collect.Output)));
        Assert.That(Findings(replay.Output), Has.Count.EqualTo(2));

        var snapshot = (await SnapshotFile.ReadAsync(file, CancellationToken.None)).Snapshot;
        Assert.That(snapshot.Header.Description, Is.EqualTo("the test machine"));
        Assert.That(await new SnapshotMachine(snapshot).Storage.GetSystemVolumeAsync(CancellationToken.None), Is.Not.Null);
    }

    [Test]
    public async Task Collect_into_a_folder_that_cannot_be_created_fails_clearly()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.Combine("file"), "x");
        var result = await Support.Cli.RunAsync("collect", "-o", temp.Combine("file", "sub", "pc.json"), "disk");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotCreate), result.Error);
        Assert.That(result.Error, Does.Contain("cannot write snapshot"));
    }

    private static List<string> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("status").GetString()} {r.GetProperty("summary").GetString()}")
            .ToList();
    }
}
