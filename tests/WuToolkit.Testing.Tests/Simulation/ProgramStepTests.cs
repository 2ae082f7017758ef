using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

public class ProgramStepTests
{
    private const string Sfc = @"%SystemRoot%\System32\sfc.exe";
    private const string Netsh = @"%SystemRoot%\System32\netsh.exe";
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task A_program_runs_with_its_arguments_and_succeeds_by_default()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;

        var (_, outcome) = await RunAsync(pc, Run(Sfc, "/scannow"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(outcome.ExitCode, Is.Zero);
        Assert.That(pc.ProgramsRun, Is.EqualTo(new[] { new ProgramRun { Program = Sfc, Arguments = ["/scannow"], ExitCode = 0 } }).Using<ProgramRun>(SameRun));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_program_that_exits_with_another_code_fails_unless_the_step_counts_it_a_success()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.ProgramExits("sfc.exe", 3010));

        var (_, failed) = await RunAsync(pc, Run(Sfc, "/scannow"));
        var (_, accepted) = await RunAsync(pc, Run(Sfc, "/scannow") with { SuccessExitCodes = [0, 3010] });

        Assert.That(failed.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(failed.ExitCode, Is.EqualTo(3010));
        Assert.That(failed.Message, Does.Contain("3010"));
        Assert.That(accepted.Status, Is.EqualTo(StepStatus.Done));
    }

    [Test]
    public async Task A_program_that_hangs_waits_until_cancelled_and_is_recorded_as_such()
    {
        var pc = new SimulatedPc(UpdatePc, Fault.ProgramHangs(Sfc));
        var prepared = await pc.PrepareAsync(Run(Sfc, "/scannow"), None);
        using var timeUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.CatchAsync<OperationCanceledException>(() => pc.ExecuteAsync(prepared, timeUp.Token));

        Assert.That(pc.ProgramsRun.Single().ExitCode, Is.Null);
        Assert.That(pc.History.Single().Outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(pc.History.Single().Outcome.Message, Does.Contain("did not end"));
    }

    [Test]
    public async Task Undoing_a_program_runs_its_undo_program_or_says_it_cannot_be_undone()
    {
        var pc = new SimulatedPc(UpdatePc);
        var reversible = Run(Netsh, "winhttp", "set", "proxy", "proxy.test:8080") with { Undo = Run(Netsh, "winhttp", "reset", "proxy") };
        var (withUndo, _) = await RunAsync(pc, reversible);
        var (without, _) = await RunAsync(pc, Run(Sfc, "/scannow"));

        var undone = await pc.UndoAsync(withUndo, None);
        var notUndone = await pc.UndoAsync(without, None);

        Assert.That(undone.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun[^1].Arguments, Is.EqualTo(new[] { "winhttp", "reset", "proxy" }));
        Assert.That(notUndone.Status, Is.EqualTo(StepStatus.Unchanged));
        Assert.That(notUndone.Message, Does.Contain("cannot be undone"));
    }

    private static bool SameRun(ProgramRun left, ProgramRun right) =>
        left.Program == right.Program && left.ExitCode == right.ExitCode && left.Arguments.SequenceEqual(right.Arguments);
}
