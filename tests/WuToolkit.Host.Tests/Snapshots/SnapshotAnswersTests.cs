using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>What a snapshot recorded for one question can be listed (a simulated PC starts from it), each answer under
/// its key, "does not exist" included.</summary>
public class SnapshotAnswersTests
{
    private static readonly ServiceInfo Wuauserv = new() { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Manual, State = ServiceState.Running };
    private static readonly ServiceInfo Bits = new() { Name = "BITS", DisplayName = "BITS", StartType = ServiceStartType.Manual, State = ServiceState.Stopped };

    [Test]
    public void Services_by_name_and_the_complete_list_are_listed_apart()
    {
        var snapshot = new SnapshotBuilder(DateTimeOffset.UnixEpoch)
            .Answer(MachineQuestions.Service, "wuauserv", Wuauserv)
            .Answer(MachineQuestions.Service, "DoSvc", null)
            .Answer<IReadOnlyList<ServiceInfo>>(MachineQuestions.ServiceList, [Bits])
            .Build();

        var byName = snapshot.AnswersTo(MachineQuestions.Service);
        var list = snapshot.AnswersTo(MachineQuestions.ServiceList);

        Assert.That(byName.Select(pair => (pair.Key, pair.Value?.Name)), Is.EqualTo(new (string, string?)[] { ("DoSvc", null), ("wuauserv", "wuauserv") }));
        Assert.That(list.Single().Key, Is.Empty);
        Assert.That(list.Single().Value.Single().Name, Is.EqualTo("BITS"));
    }

    [Test]
    public void A_question_never_answered_lists_nothing_and_one_without_a_key_lists_the_empty_key()
    {
        var snapshot = new SnapshotBuilder(DateTimeOffset.UnixEpoch)
            .Answer(MachineQuestions.Os, new OsInfo { ProductName = "Windows 11", Version = "10.0.26100", Build = 26100, Architecture = "x64" })
            .Build();

        Assert.That(snapshot.AnswersTo(MachineQuestions.ServiceList), Is.Empty);
        Assert.That(snapshot.AnswersTo(MachineQuestions.Path), Is.Empty);
        Assert.That(snapshot.AnswersTo(MachineQuestions.Os).Single().Key, Is.Empty);
    }

    [Test]
    public void Registry_values_and_keys_list_absent_ones_as_null()
    {
        const string Key = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
        var snapshot = new SnapshotBuilder(DateTimeOffset.UnixEpoch)
            .Answer(MachineQuestions.RegistryValue, RegistryValueQuestion.KeyOf(Key, "WUServer"), null)
            .Answer(MachineQuestions.RegistryKey, Key + @"\AU", null)
            .Build();

        Assert.That(snapshot.AnswersTo(MachineQuestions.RegistryValue).Single(), Is.EqualTo(KeyValuePair.Create<string, RegistryValue?>(Key + @"\WUServer", null)));
        Assert.That(snapshot.AnswersTo(MachineQuestions.RegistryKey).Single().Value, Is.Null);
    }
}
