using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Tests.Snapshots;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>Recording and replay follow from declaring a question: every question of the machine interface, asked
/// through a recording machine, is written to a snapshot, read back and answered the same — with no code per question
/// beyond its declaration and its forwarding line.</summary>
public class EveryQuestionRecordsTests
{
    [Test]
    public async Task Every_question_asked_while_recording_is_answered_the_same_from_the_file()
    {
        var live = SnapshotExamples.FullPc().ToMachine();
        var recorder = new SnapshotRecorder();
        var recording = new RecordingMachine(live, recorder);

        var asked = await AskEverythingAsync(recording);
        using var temp = new TempFolder();
        var file = temp.Combine("pc.json");
        await SnapshotText.WriteAsync(recorder.ToSnapshot(new SnapshotHeader { CollectedUtc = SnapshotExamples.Collected }), file);
        var read = await SnapshotFile.ReadAsync(file, new SnapshotReadOptions { Strict = true }, CancellationToken.None);
        var replayed = await AskEverythingAsync(new SnapshotMachine(read.Snapshot));

        Assert.That(replayed, Is.EqualTo(asked));
    }

    [Test]
    public void Every_declared_question_has_a_distinct_place_in_the_file()
    {
        var sections = MachineQuestions.All.SelectMany(question => question.Sections).ToList();

        Assert.That(sections, Is.Unique);
        Assert.That(MachineQuestions.All.Select(question => question.AnswerType), Is.All.Not.Null);
    }

    /// <summary>Every question of every area of <see cref="IMachine"/>, rendered as text so two machines' answers compare.</summary>
    private static async Task<List<string>> AskEverythingAsync(IMachine machine)
    {
        var none = CancellationToken.None;
        var answers = new List<string>
        {
            Text(await machine.Services.GetAsync("wuauserv", none)),
            Text(await machine.Services.GetAsync("WaaSMedicSvc", none)),
            Text(await machine.Storage.GetSystemVolumeAsync(none)),
            Text(await machine.Storage.GetPathAsync(WindowsPaths.SoftwareDistribution, none)),
            Text(await machine.Network.GetAdaptersAsync(none)),
            Text(await machine.Network.ResolveAsync("download.windowsupdate.com", none)),
            Text(await machine.Network.ProbeAsync(new Uri("http://download.windowsupdate.com/"), none)),
            Text(await machine.Network.GetWinHttpProxyAsync(none)),
            Text(await machine.System.GetOsAsync(none)),
            Text(await machine.System.GetHardwareAsync(none)),
            Text(await machine.System.GetFirmwareAsync(none)),
            Text(await machine.Registry.GetValueAsync(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU", "NoAutoUpdate", none)),
            Text(await machine.Registry.GetValueAsync(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate", "WUServer", none)),
            Text(await machine.Registry.GetValuesAsync(SnapshotExamples.SetupDiagKey, none)),
            Text(await machine.Registry.GetValuesAsync(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\Missing", none)),
            Text(await machine.Updates.GetHistoryAsync(none)),
            Text(await machine.Clock.GetOffsetAsync("time.windows.com", none)),
            Text(await machine.EventLog.GetEventsAsync(SnapshotExamples.UpdateChannel, 100, none)),
        };
        return answers;
    }

    private static string Text<T>(T answer) => System.Text.Json.JsonSerializer.Serialize(answer);
}
