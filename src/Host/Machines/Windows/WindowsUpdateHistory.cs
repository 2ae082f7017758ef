using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The update history through the Windows Update Agent's COM API (Microsoft.Update.Session), the same
/// source as Settings › Windows Update › Update history.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsUpdateHistory : IUpdateQueries
{
    public Task<IReadOnlyList<UpdateHistoryEntry>> GetHistoryAsync(CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<UpdateHistoryEntry>>(Read, cancellationToken);

    private static List<UpdateHistoryEntry> Read()
    {
        var type = Type.GetTypeFromProgID("Microsoft.Update.Session")
            ?? throw new QuestionUnansweredException("updateHistory", Strings.UpdateAgentMissing);
        try
        {
            dynamic session = Activator.CreateInstance(type)!;
            dynamic searcher = session.CreateUpdateSearcher();
            int count = searcher.GetTotalHistoryCount();
            var entries = new List<UpdateHistoryEntry>(count);
            if (count == 0)
            {
                return entries;
            }

            dynamic history = searcher.QueryHistory(0, count);
            foreach (dynamic entry in history)
            {
                string title = entry.Title ?? "";
                DateTime date = entry.Date;
                entries.Add(new UpdateHistoryEntry { Title = title, KbId = WindowsFacts.KbId(title), Date = new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)), Operation = WindowsFacts.Operation((int)entry.Operation), Result = WindowsFacts.Result((int)entry.ResultCode), HResult = (int)entry.HResult });
            }

            return entries.OrderByDescending(e => e.Date).ToList();
        }
        catch (COMException ex)
        {
            throw new QuestionUnansweredException("updateHistory", Strings.FormatUpdateAgentFailed($"0x{ex.HResult:X8}"));
        }
    }
}
