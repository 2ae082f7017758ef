namespace WuToolkit.Testing.Simulation;

/// <summary>
/// Something that goes wrong on a <see cref="SimulatedPc"/> while fix steps run, given when it is made or later with
/// <see cref="SimulatedPc.Inject"/>. Services, folders and programs are named as the steps name them (ignoring case; a
/// program also by its file name alone). The steps the PC is asked to run or undo are its <em>operations</em>,
/// numbered from 1 in <see cref="SimulatedPc.History"/>, which <see cref="FailsAt"/> and <see cref="CrashesAfter"/> count.
/// </summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>Stopping the service fails and it keeps running (as a service that hangs in its stop handler, or one
    /// another process holds).</summary>
    public static Fault ServiceWontStop(string service, string? reason = null) => new ServiceWontStopFault(Named(service), reason);

    /// <summary>Starting the service fails and it stays stopped.</summary>
    public static Fault ServiceWontStart(string service, string? reason = null) => new ServiceWontStartFault(Named(service), reason);

    /// <summary>Renaming the folder fails and it stays where it is (access denied, a file open in it).</summary>
    public static Fault RenameFails(string path, string? reason = null) => new RenameFailsFault(Named(path), reason);

    /// <summary>The folder cannot be renamed while the service runs, as Windows Update's own folders cannot while
    /// wuauserv, BITS or CryptSvc has files open in them.</summary>
    public static Fault FolderInUse(string path, string service) => new FolderInUseFault(Named(path), Named(service));

    /// <summary>The program exits with <paramref name="exitCode"/> (a failure unless the step lists it as a success).
    /// Without this fault a program exits with the step's first success code.</summary>
    public static Fault ProgramExits(string program, int exitCode) => new ProgramExitsFault(Named(program), exitCode);

    /// <summary>The program never ends: running it waits until the caller's cancellation token is cancelled.</summary>
    public static Fault ProgramHangs(string program) => new ProgramHangsFault(Named(program));

    /// <summary>The <paramref name="operation"/>-th step run or undone fails without changing anything, whatever it is:
    /// to fail a plan at each of its steps in turn.</summary>
    public static Fault FailsAt(int operation, string? reason = null) => new FailsAtFault(Counted(operation), reason);

    /// <summary>
    /// The process driving the PC dies after <paramref name="operations"/> steps run or undone: that step takes effect,
    /// but its caller never hears back (it gets <see cref="SimulatedCrashException"/>), and every question and step after
    /// it gets the same until <see cref="SimulatedPc.Restart"/> or <see cref="SimulatedPc.Reboot"/>. A journal then shows
    /// the step as begun and not finished, as after a real crash or power loss.
    /// </summary>
    public static Fault CrashesAfter(int operations) => new CrashesAfterFault(Counted(operations));

    private static string Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }

    private static int Counted(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return number;
    }
}

internal sealed record ServiceWontStopFault(string Service, string? Reason) : Fault;

internal sealed record ServiceWontStartFault(string Service, string? Reason) : Fault;

internal sealed record RenameFailsFault(string Path, string? Reason) : Fault;

internal sealed record FolderInUseFault(string Path, string Service) : Fault;

internal sealed record ProgramExitsFault(string Program, int ExitCode) : Fault;

internal sealed record ProgramHangsFault(string Program) : Fault;

internal sealed record FailsAtFault(int Operation, string? Reason) : Fault;

internal sealed record CrashesAfterFault(int Operations) : Fault;
