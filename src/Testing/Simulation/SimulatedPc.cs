using System.Diagnostics;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing.Simulation;

/// <summary>
/// A PC in memory that fix steps change. It starts as a <see cref="TestPc"/> describes it and answers every machine
/// question as that PC would, except that services (state and start type), folders and files, and registry values and
/// keys answer as the steps run so far left them. As an <see cref="IStepExecutor"/> it runs and undoes the closed set of
/// fix steps, with the faults it is given:
/// <code>
/// var pc = new SimulatedPc(TestPc.Empty with { Services = [wuauserv, usoSvc], Paths = [softwareDistribution] },
///     Fault.ServiceWontStop("UsoSvc"));
/// var before = pc.State;
/// // … the fix engine under test runs a plan on pc, fails at the first step and rolls back …
/// StateAssert.AreEqual(before, pc.State);
/// </code>
/// A step needs to know what it changes: a service, folder to rename or registry value that the <see cref="TestPc"/>
/// does not describe (present or absent) is a mistake in the test, and preparing the step says which property to set.
/// Folders are matched by the path as the steps and questions write it (<c>%SystemRoot%\SoftwareDistribution</c>, no
/// variable is expanded), ignoring case; a new name nobody described is free. Thread-safe: checks may ask it
/// questions while steps run.
/// </summary>
public sealed class SimulatedPc : ForwardingMachine, IMachine, IStepExecutor
{
    private readonly Lock _gate = new();
    private readonly CurrentAnswers _answers;
    private readonly Snapshot _start;
    private readonly PcModel _model;
    private readonly List<Fault> _faults;
    private readonly StepEffects _effects;
    private readonly List<StepRecord> _history = [];
    private readonly List<ProgramRun> _programs = [];
    private int _operations;
    private volatile bool _down;

    /// <summary>A PC that starts as <paramref name="start"/> describes it, with the faults to inject.</summary>
    public SimulatedPc(TestPc start, params IEnumerable<Fault> faults)
        : this(new CurrentAnswers(), start, faults)
    {
    }

    private SimulatedPc(CurrentAnswers answers, TestPc start, IEnumerable<Fault> faults)
        : base(answers)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(faults);
        _answers = answers;
        _start = start.ToSnapshot();
        _model = PcModel.From(_start);
        _faults = [.. faults];
        _effects = new StepEffects(_model, _faults);
        Publish();
    }

    /// <summary>What the steps can change, as it is now: take it before a fix, compare it after (<see cref="StateAssert"/>).</summary>
    public SimulatedState State
    {
        get
        {
            lock (_gate)
            {
                return _model.ToState();
            }
        }
    }

    /// <summary>Every step run or undone so far, in order (empty after a dry run).</summary>
    public IReadOnlyList<StepRecord> History
    {
        get
        {
            lock (_gate)
            {
                return [.. _history];
            }
        }
    }

    /// <summary>Every program run so far, in order, with its exit code.</summary>
    public IReadOnlyList<ProgramRun> ProgramsRun
    {
        get
        {
            lock (_gate)
            {
                return [.. _programs];
            }
        }
    }

    /// <summary>Whether the process driving the PC has crashed (<see cref="Fault.CrashesAfter"/>) and not yet restarted.</summary>
    public bool IsDown => _down;

    /// <summary>Adds a fault from now on.</summary>
    public void Inject(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>After a crash, a new process drives the PC, which is as the crash left it (a process died, the PC did not).</summary>
    public void Restart() => _down = false;

    /// <summary>After a crash, the PC restarts: as <see cref="Restart"/>, and every service is running or stopped as its start
    /// type makes it at boot (as after a power loss).</summary>
    public void Reboot()
    {
        lock (_gate)
        {
            _model.Boot();
            Publish();
            _down = false;
        }
    }

    /// <summary>The PC as it is now, as a snapshot (to write to a file, or to start another PC from).</summary>
    public Snapshot ToSnapshot()
    {
        lock (_gate)
        {
            return _answers.Machine.Snapshot;
        }
    }

    /// <summary>The PC performs fix steps itself.</summary>
    IStepExecutor? IMachine.StepExecutor => this;

    /// <inheritdoc />
    public Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixStep);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDown();
            return Task.FromResult(_effects.Prepare(fixStep));
        }
    }

    /// <inheritdoc />
    public Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken) => OperateAsync(prepared, undo: false, cancellationToken);

    /// <inheritdoc />
    public Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken) => OperateAsync(prepared, undo: true, cancellationToken);

    /// <inheritdoc />
    protected override Task<T> AskAsync<T>(Question<T> question, string key, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return base.AskAsync(question, key, ask, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<DateTimeOffset> UtcNowAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return base.UtcNowAsync(cancellationToken);
    }

    private async Task<StepOutcome> OperateAsync(PreparedStep prepared, bool undo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        cancellationToken.ThrowIfCancellationRequested();
        var (number, outcome, hangs) = Operate(prepared, undo);
        if (!hangs)
        {
            return outcome;
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _history.Add(new StepRecord { Number = number, Step = prepared.Step, IsUndo = undo, Outcome = outcome });
            }

            throw;
        }

        throw new UnreachableException();
    }

    /// <summary>Runs or undoes one step, unless its program hangs: then the outcome is what the history records once the
    /// caller gives up waiting.</summary>
    private (int Number, StepOutcome Outcome, bool Hangs) Operate(PreparedStep prepared, bool undo)
    {
        lock (_gate)
        {
            ThrowIfDown();
            var number = ++_operations;
            if (_faults.OfType<FailsAtFault>().FirstOrDefault(fault => fault.Operation == number) is { } failure)
            {
                return (number, Finish(number, prepared, undo, StepOutcome.Failed(failure.Reason ?? TestingStrings.FormatInjectedFailure(number))), false);
            }

            if (prepared.Step is not RunProgramStep step)
            {
                return (number, Finish(number, prepared, undo, undo ? _effects.Undo(prepared) : _effects.Run(prepared)), false);
            }

            if ((undo ? step.Undo : step) is not { } program)
            {
                return (number, Finish(number, prepared, undo, StepOutcome.Unchanged(TestingStrings.FormatCannotUndoProgram(step.Program))), false);
            }

            if (_effects.Hangs(program))
            {
                _programs.Add(new ProgramRun { Program = program.Program, Arguments = program.Arguments, ExitCode = null });
                return (number, StepOutcome.Failed(TestingStrings.FormatProgramHung(program.Program)), true);
            }

            return (number, Finish(number, prepared, undo, _effects.RunProgram(program, _programs)), false);
        }
    }

    /// <summary>Records an operation, shows its effect to questions, and crashes the driving process if a fault says so.</summary>
    private StepOutcome Finish(int number, PreparedStep prepared, bool undo, StepOutcome outcome)
    {
        _history.Add(new StepRecord { Number = number, Step = prepared.Step, IsUndo = undo, Outcome = outcome });
        Publish();
        if (_faults.OfType<CrashesAfterFault>().Any(fault => fault.Operations == number))
        {
            _down = true;
            throw new SimulatedCrashException(TestingStrings.FormatCrashed(number));
        }

        return outcome;
    }

    private void Publish() => _answers.Machine = new SnapshotMachine(_model.ToSnapshot(_start));

    private void ThrowIfDown()
    {
        if (_down)
        {
            throw new SimulatedCrashException(TestingStrings.Down);
        }
    }

    /// <summary>The machine a forwarding machine asks: whatever the PC's answers are now.</summary>
    private sealed class CurrentAnswers : IMachine
    {
        private volatile SnapshotMachine? _machine;

        public SnapshotMachine Machine
        {
            get => _machine ?? throw new InvalidOperationException();
            set => _machine = value;
        }

        public IServiceQueries Services => Machine.Services;

        public IStorageQueries Storage => Machine.Storage;

        public INetworkQueries Network => Machine.Network;

        public ISystemQueries System => Machine.System;

        public IRegistryQueries Registry => Machine.Registry;

        public IUpdateQueries Updates => Machine.Updates;

        public IClockQueries Clock => Machine.Clock;

        // Stated, or the interface's default would answer "not available" for the events the snapshot has.
        public IEventLogQueries EventLog => Machine.EventLog;
    }
}
