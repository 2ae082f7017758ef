using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Recognises Windows' monthly cumulative (quality) updates in the update history, by title: the history says what an
/// update is nowhere else, and the agent reports titles in the catalog's language, English. The Catalog plugin reads
/// titles the same way; plugins share no code but the SDK, so the phrases are repeated here.
/// </summary>
internal static class QualityUpdates
{
    // They must name Windows: .NET Framework cumulative updates ship on their own schedule. Previews are full cumulative
    // updates too, and Windows Server 2022 names its own "Microsoft server operating system".
    private static readonly string[] CumulativePhrases =
    [
        "Cumulative Update for Windows",
        "Cumulative Update Preview for Windows",
        "Cumulative Update for Microsoft server operating system",
    ];

    /// <summary>The newest Windows cumulative update that installed ("succeeded with errors" installs it too).</summary>
    public static UpdateHistoryEntry? NewestInstalled(IEnumerable<UpdateHistoryEntry> history) =>
        history
            .Where(entry => entry.Operation == UpdateOperation.Installation
                && entry.Result is UpdateResult.Succeeded or UpdateResult.SucceededWithErrors
                && CumulativePhrases.Any(phrase => entry.Title.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
            .MaxBy(entry => entry.Date);
}
