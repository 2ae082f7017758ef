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
/// <param name="Name">Short name, such as <c>wuauserv</c>.</param>
/// <param name="DisplayName">Display name, such as <c>Windows Update</c>.</param>
/// <param name="StartType">How it starts.</param>
/// <param name="State">Whether it runs now.</param>
/// <param name="ImagePath">The command line that starts it, when known.</param>
/// <param name="Publisher">The company that signed or published its binary, when known.</param>
public sealed record ServiceInfo(
    string Name,
    string DisplayName,
    ServiceStartType StartType,
    ServiceState State,
    string? ImagePath = null,
    string? Publisher = null);

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
