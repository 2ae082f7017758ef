using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

/// <summary>The steps SDK 1.1 added: renaming a file, a service's security descriptor, a restore point.</summary>
public class NewerStepTests
{
    private const string Downloader = @"%ALLUSERSPROFILE%\Microsoft\Network\Downloader";
    private const string Queue = Downloader + @"\qmgr0.dat";
    private const string DefaultSddl = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)(A;;CCLCSWLOCRRC;;;AU)(A;;CCLCSWRPWPDTLOCRRC;;;PU)";
    private const string BrokenSddl = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)";
    private static readonly CancellationToken None = CancellationToken.None;

    private static TestPc QueuePc => UpdatePc with
    {
        Paths = [.. UpdatePc.Paths!, Folder(Downloader, 2_000, 2), File(Queue, 1_000), File(Queue + ".bak", 7)],
    };

    [Test]
    public async Task A_renamed_file_never_overwrites_an_earlier_backup_and_undo_puts_it_back()
    {
        var pc = new SimulatedPc(QueuePc);
        var before = pc.State;

        var (prepared, outcome) = await RunAsync(pc, new RenameFileStep { Path = Queue, NewName = "qmgr0.dat.bak" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.MoveTo, Is.EqualTo(Queue + ".bak.1"));
        Assert.That((await pc.Storage.GetPathAsync(Queue, None)).Exists, Is.False);
        Assert.That((await pc.Storage.GetPathAsync(Queue + ".bak", None)).SizeBytes, Is.EqualTo(7), "the earlier backup is untouched");
        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Done));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task Renaming_a_file_that_is_not_there_changes_nothing()
    {
        var pc = new SimulatedPc(QueuePc with { Paths = [.. QueuePc.Paths!, Nothing(Downloader + @"\qmgr1.dat")] });
        var before = pc.State;

        var (_, outcome) = await RunAsync(pc, new RenameFileStep { Path = Downloader + @"\qmgr1.dat", NewName = "qmgr1.dat.bak" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Unchanged));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_security_descriptor_is_set_and_undo_restores_the_one_before()
    {
        var pc = new SimulatedPc(UpdatePc with { Services = [Running("BITS") with { SecurityDescriptor = BrokenSddl }], ServicesComplete = true });
        var before = pc.State;

        var (prepared, outcome) = await RunAsync(pc, new SetServiceSecurityStep { ServiceName = "bits", Sddl = DefaultSddl });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.SecurityDescriptor, Is.EqualTo(BrokenSddl));
        Assert.That((await pc.Services.GetAsync("BITS", None))!.SecurityDescriptor, Is.EqualTo(DefaultSddl));
        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Done));
        StateAssert.AreEqual(before, pc.State);
        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Unchanged), "undoing twice changes nothing");
    }

    [Test]
    public async Task A_security_descriptor_already_as_wanted_and_an_absent_service_are_left_alone()
    {
        var pc = new SimulatedPc(UpdatePc with { Services = [Running("BITS") with { SecurityDescriptor = DefaultSddl }], ServicesComplete = true });

        var (_, same) = await RunAsync(pc, new SetServiceSecurityStep { ServiceName = "BITS", Sddl = DefaultSddl });
        var (_, absent) = await RunAsync(pc, new SetServiceSecurityStep { ServiceName = "wuauserv", Sddl = DefaultSddl });

        Assert.That(same.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(absent.Status, Is.EqualTo(StepStatus.Unchanged));
    }

    [Test]
    public async Task A_restore_point_is_listed_afterwards_and_is_not_part_of_what_a_fix_must_restore()
    {
        var pc = new SimulatedPc(UpdatePc with { RestorePoints = new RestoreInfo { ProtectionEnabled = true } });
        var before = pc.State;

        var (_, outcome) = await RunAsync(pc, new CreateRestorePointStep { Description = "Before wutk fix" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        var points = (await pc.System.GetRestorePointsAsync(None)).Points;
        Assert.That(points.Select(point => point.Description), Is.EqualTo(new[] { "Before wutk fix" }));
        Assert.That(points[0].CreatedUtc, Is.EqualTo(TestPc.DefaultNow));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task No_restore_point_can_be_made_when_system_protection_is_off()
    {
        var pc = new SimulatedPc(UpdatePc with { RestorePoints = new RestoreInfo { ProtectionEnabled = false } });

        var (_, outcome) = await RunAsync(pc, new CreateRestorePointStep { Description = "Before wutk fix" });

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("System Protection is off"));
    }

    [Test]
    public void A_simulated_pc_performs_steps_itself_and_a_snapshot_of_it_performs_none()
    {
        var pc = new SimulatedPc(UpdatePc);

        Assert.That(((IMachine)pc).StepExecutor, Is.SameAs(pc));
        Assert.That(((IStepExecutor)pc).ReasonCannotPerform(new CreateRestorePointStep { Description = "x" }), Is.Null);
        Assert.That(((IMachine)UpdatePc.ToMachine()).StepExecutor, Is.Null);
    }

    private static PathInfo File(string path, long bytes) => new() { Path = path, Exists = true, IsDirectory = false, SizeBytes = bytes };
}
