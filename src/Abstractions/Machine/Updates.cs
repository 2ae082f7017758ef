namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions to the Windows Update agent and the servicing stack.</summary>
public interface IUpdateQueries
{
    /// <summary>The agent's update history, newest first.</summary>
    Task<IReadOnlyList<UpdateHistoryEntry>> GetHistoryAsync(CancellationToken cancellationToken);

    /// <summary>The update services registered with the Windows Update agent (its ServiceManager). A machine written
    /// without it answers "not available".</summary>
    Task<IReadOnlyList<UpdateServiceRegistration>> GetServiceRegistrationsAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("updateServices");
}

/// <summary>An update service the Windows Update agent knows: Windows Update, Microsoft Update, a WSUS server, the
/// Store, or a scan package.</summary>
public sealed record UpdateServiceRegistration
{
    /// <summary>The service id, such as <c>7971f918-a847-4430-9279-4a52d1efe18d</c> (Microsoft Update).</summary>
    public required string ServiceId { get; init; }

    /// <summary>Such as <c>Microsoft Update</c> or <c>Windows Server Update Service</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Whether automatic updates use this service.</summary>
    public bool IsDefaultAUService { get; init; }

    /// <summary>Whether an administrator manages it (WSUS).</summary>
    public bool IsManaged { get; init; }

    /// <summary>Whether it is registered with automatic updates.</summary>
    public bool IsRegisteredWithAU { get; init; }
}

/// <summary>What an update operation was.</summary>
public enum UpdateOperation
{
    /// <summary>Installation.</summary>
    Installation,

    /// <summary>Removal.</summary>
    Uninstallation,
}

/// <summary>How an update operation ended.</summary>
public enum UpdateResult
{
    /// <summary>Still under way.</summary>
    InProgress,

    /// <summary>Succeeded.</summary>
    Succeeded,

    /// <summary>Succeeded, with errors.</summary>
    SucceededWithErrors,

    /// <summary>Failed.</summary>
    Failed,

    /// <summary>Cancelled.</summary>
    Aborted,
}

/// <summary>One entry of the Windows Update history.</summary>
public sealed record UpdateHistoryEntry
{
    /// <summary>Such as <c>2024-01 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5034122)</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The KB article id, such as <c>KB5034122</c>, when the title names one.</summary>
    public string? KbId { get; init; }

    /// <summary>When the operation ended.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Installation or removal.</summary>
    public UpdateOperation Operation { get; init; }

    /// <summary>How it ended.</summary>
    public required UpdateResult Result { get; init; }

    /// <summary>The error code, 0 on success.</summary>
    public int HResult { get; init; }
}
