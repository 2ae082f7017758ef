using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The Windows Update Agent through its COM API: the update history (Microsoft.Update.Session, the same
/// source as Settings › Windows Update › Update history) and the services it is registered with
/// (Microsoft.Update.ServiceManager).</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsUpdateAgent : IUpdateQueries
{
    public Task<IReadOnlyList<UpdateHistoryEntry>> GetHistoryAsync(CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<UpdateHistoryEntry>>(ReadHistory, cancellationToken);

    public Task<IReadOnlyList<UpdateServiceRegistration>> GetServiceRegistrationsAsync(CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<UpdateServiceRegistration>>(ReadServices, cancellationToken);

    private static List<UpdateHistoryEntry> ReadHistory()
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

    private static List<UpdateServiceRegistration> ReadServices()
    {
        const string Question = "updateServices";
        var type = Type.GetTypeFromProgID("Microsoft.Update.ServiceManager")
            ?? throw new QuestionUnansweredException(Question, MachineStrings.ServiceManagerMissing);
        try
        {
            dynamic manager = Activator.CreateInstance(type)!;
            var services = new List<UpdateServiceRegistration>();
            foreach (dynamic service in manager.Services)
            {
                var record = CimRecord.Of(
                    ("ServiceID", (string?)service.ServiceID),
                    ("Name", (string?)service.Name),
                    ("IsDefaultAUService", (bool)service.IsDefaultAUService),
                    ("IsManaged", (bool)service.IsManaged),
                    ("IsRegisteredWithAU", (bool)service.IsRegisteredWithAU));
                if (UpdateServiceFacts.Read(record) is { } registration)
                {
                    services.Add(registration);
                }
            }

            return services;
        }
        catch (COMException ex)
        {
            throw new QuestionUnansweredException(Question, Strings.FormatUpdateAgentFailed($"0x{ex.HResult:X8}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new QuestionUnansweredException(Question, Strings.FormatUpdateAgentFailed($"0x{ex.HResult:X8}"));
        }
        catch (Microsoft.CSharp.RuntimeBinder.RuntimeBinderException ex)
        {
            // An agent older than the interface these properties belong to.
            throw new QuestionUnansweredException(Question, Strings.FormatUpdateAgentFailed(ex.Message));
        }
    }
}
