namespace WuToolkit.Abstractions.Machine;

/// <summary>
/// The PC under diagnosis. Every question a check asks goes through here, so that the same check runs on a
/// live PC, on a recorded snapshot and on a simulated machine in tests. Any question may throw
/// <see cref="QuestionUnansweredException"/> when this machine cannot answer it (a Windows-only question on
/// Linux, or a question a snapshot did not record).
/// </summary>
/// <remarks>
/// The SDK grows without breaking a machine written against an earlier 1.x: areas and questions added after 1.0
/// have default implementations that answer "not available on this machine"
/// (<see cref="QuestionUnansweredException.NotAvailable"/>), so the checks that ask them are Skipped.
/// </remarks>
public interface IMachine
{
    /// <summary>Windows services.</summary>
    IServiceQueries Services { get; }

    /// <summary>Volumes, folders and files.</summary>
    IStorageQueries Storage { get; }

    /// <summary>Adapters, name resolution, reachability and proxy settings.</summary>
    INetworkQueries Network { get; }

    /// <summary>Operating system, hardware and firmware facts.</summary>
    ISystemQueries System { get; }

    /// <summary>The Windows registry (read only).</summary>
    IRegistryQueries Registry { get; }

    /// <summary>The Windows Update agent's history and the installed updates.</summary>
    IUpdateQueries Updates { get; }

    /// <summary>The machine's clock and its offset against a time source.</summary>
    IClockQueries Clock { get; }

    /// <summary>The Windows event log. A machine written without it answers every question "not available".</summary>
    IEventLogQueries EventLog => NoEventLog.Instance;

    /// <summary>What performs fix steps on this machine, or <see langword="null"/> when it cannot be changed (a snapshot
    /// describes a PC; it is not one). Checks never use it: only the host's fix engine does.</summary>
    Fixes.IStepExecutor? StepExecutor => null;

    /// <summary>The default of <see cref="EventLog"/>: every question answered "not available".</summary>
    private sealed class NoEventLog : IEventLogQueries
    {
        public static NoEventLog Instance { get; } = new();
    }
}
