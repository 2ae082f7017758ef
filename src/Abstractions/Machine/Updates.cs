namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions to the Windows Update agent and the servicing stack.</summary>
public interface IUpdateQueries
{
    /// <summary>The agent's update history, newest first.</summary>
    Task<IReadOnlyList<UpdateHistoryEntry>> GetHistoryAsync(CancellationToken cancellationToken);
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
