using System.Globalization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Catalog;

/// <summary>How the catalog checks read one entry of the Windows Update history.</summary>
internal static class HistoryEntries
{
    /// <summary>Removals say nothing about whether an update can be installed, and an operation still under way has no verdict yet.</summary>
    public static bool IsFinishedInstallation(this UpdateHistoryEntry entry) =>
        entry.Operation == UpdateOperation.Installation && entry.Result != UpdateResult.InProgress;

    /// <summary>"Succeeded with errors" still leaves the update installed, so it counts as a success.</summary>
    public static bool IsSuccessfulInstallation(this UpdateHistoryEntry entry) =>
        entry.Operation == UpdateOperation.Installation
        && entry.Result is UpdateResult.Succeeded or UpdateResult.SucceededWithErrors;

    /// <summary>An aborted installation did not install either, and Windows Update will retry it just the same.</summary>
    public static bool IsFailedInstallation(this UpdateHistoryEntry entry) =>
        entry.Operation == UpdateOperation.Installation
        && entry.Result is UpdateResult.Failed or UpdateResult.Aborted;

    /// <summary>The name people search for: the KB id, or the title for updates that have none (drivers, definitions).</summary>
    public static string Name(this UpdateHistoryEntry entry) =>
        string.IsNullOrWhiteSpace(entry.KbId) ? entry.Title : entry.KbId.Trim();

    /// <summary>The error code as Microsoft documents it (0x80070643), whatever the sign of the stored integer.</summary>
    public static string ErrorCode(this UpdateHistoryEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"0x{entry.HResult:X8}");

    /// <summary>The day the operation ended, as the machine recorded it.</summary>
    public static string Day(this UpdateHistoryEntry entry) =>
        entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
