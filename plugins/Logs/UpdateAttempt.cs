using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>What the update client tried.</summary>
internal enum UpdateOperationKind
{
    /// <summary>Checking for updates (or connecting to the service to do so).</summary>
    Search,

    /// <summary>Downloading one update.</summary>
    Download,

    /// <summary>Installing one update.</summary>
    Install,
}

/// <summary>One outcome the update client recorded: an operation on an update (or a search), failed or succeeded.</summary>
/// <param name="Operation">What was tried.</param>
/// <param name="Failed">Whether it failed.</param>
/// <param name="Update">The update as people know it (its KB, or its title), or <see langword="null"/> for a search or an
/// update the event does not name.</param>
/// <param name="UpdateId">The update's GUID when the event's data carries it (<c>updateGuid</c>): the surest way to tell two
/// events about the same update.</param>
/// <param name="Position">Where the event stands in its channel (1 is the oldest read): the order of what happened.</param>
/// <param name="Time">When, if the event says.</param>
/// <param name="Title">The update's full title (<c>updateTitle</c>), else the event's text: what tells a cumulative update.</param>
/// <param name="Finding">For a failure, what the bundled rule made of the event (code, fixes).</param>
internal sealed record UpdateAttempt(
    UpdateOperationKind Operation,
    bool Failed,
    string? Update,
    string? UpdateId,
    long Position,
    DateTimeOffset? Time,
    string Title,
    LogFinding? Finding)
{
    /// <summary>The monthly cumulative update of Windows, which replaces every earlier one; English titles, as the update
    /// catalog writes them. ".NET Framework" cumulative updates ship on their own and do not count.</summary>
    private static readonly string[] CumulativePhrases =
    [
        "Cumulative Update for Windows",
        "Cumulative Update Preview for Windows",
        "Cumulative Update for Microsoft server operating system",
    ];

    /// <summary>Whether this is a Windows cumulative update: a later one that installs supersedes a failed earlier one.</summary>
    public bool IsWindowsCumulative => CumulativePhrases.Any(phrase => Title.Contains(phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether this outcome is about the same update as <paramref name="other"/>: the same GUID when both
    /// carry one, otherwise the same KB or title.</summary>
    public bool SameUpdate(UpdateAttempt other) =>
        UpdateId is not null && other.UpdateId is not null
            ? string.Equals(UpdateId, other.UpdateId, StringComparison.OrdinalIgnoreCase)
            : string.Equals(Update, other.Update, StringComparison.OrdinalIgnoreCase);
}
