namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about Windows services.</summary>
public interface IServiceQueries
{
    /// <summary>The service with this short name (such as <c>wuauserv</c>), or <see langword="null"/> when it does not exist.</summary>
    Task<ServiceInfo?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every service installed.</summary>
    Task<IReadOnlyList<ServiceInfo>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>One Windows service as configured and as running now.</summary>
public sealed record ServiceInfo
{
    /// <summary>Short name, such as <c>wuauserv</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Display name, such as <c>Windows Update</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>How it starts.</summary>
    public required ServiceStartType StartType { get; init; }

    /// <summary>Whether it runs now.</summary>
    public required ServiceState State { get; init; }

    /// <summary>The command line that starts it, when known.</summary>
    public string? ImagePath { get; init; }

    /// <summary>The company that signed or published its binary, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The service's security descriptor in SDDL (who may query, start and stop it), when known. A wrong one
    /// makes the update services refuse to start with access denied.</summary>
    public string? SecurityDescriptor { get; init; }
}

/// <summary>A service's start type, as <c>sc qc</c> shows it.</summary>
public enum ServiceStartType
{
    /// <summary>Started by the boot loader (drivers).</summary>
    Boot,

    /// <summary>Started during kernel initialisation (drivers).</summary>
    System,

    /// <summary>Started at boot.</summary>
    Automatic,

    /// <summary>Started shortly after boot.</summary>
    AutomaticDelayed,

    /// <summary>Started on demand or by a trigger.</summary>
    Manual,

    /// <summary>Cannot be started.</summary>
    Disabled,
}

/// <summary>A service's current state.</summary>
public enum ServiceState
{
    /// <summary>Not running.</summary>
    Stopped,

    /// <summary>Starting.</summary>
    StartPending,

    /// <summary>Stopping.</summary>
    StopPending,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Resuming from pause.</summary>
    ContinuePending,

    /// <summary>Pausing.</summary>
    PausePending,

    /// <summary>Paused.</summary>
    Paused,
}
