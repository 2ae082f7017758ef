using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The update client's outcomes in its event channel. Failures are what <see cref="EventWindowsUpdateClientRule"/>
/// reports (20 install, 31 download, 25 search, 16 unable to connect), read by running that very rule, so that the check
/// and <c>wutk logs</c> never disagree on what an event means. Successes are 19 (installed), 41 (downloaded) and 26
/// (the search found updates).
/// </summary>
internal static class UpdateAttempts
{
    private const int Installed = 19;
    private const int Downloaded = 41;
    private const int SearchSucceeded = 26;

    /// <summary>Every outcome, oldest first.</summary>
    public static List<UpdateAttempt> Read(IReadOnlyList<LogEntry> entries)
    {
        var attempts = new List<UpdateAttempt>();
        var rule = new EventWindowsUpdateClientRule();
        var findings = new FindingList();
        foreach (var entry in entries)
        {
            findings.Clear();
            rule.Observe(entry, findings);
            foreach (var finding in findings)
            {
                attempts.Add(Failure(entry, finding));
            }

            if (findings.Count == 0 && Success(entry) is { } success)
            {
                attempts.Add(success);
            }
        }

        rule.Complete(new FindingList());
        return attempts;
    }

    private static UpdateAttempt Failure(LogEntry entry, LogFinding finding)
    {
        // By the documented ids, whatever language the message is in: 20 install, 31 download, 25 search, 16 connect.
        var operation = entry.EventId switch
        {
            20 => UpdateOperationKind.Install,
            31 => UpdateOperationKind.Download,
            _ => UpdateOperationKind.Search,
        };

        // A search has no update; the rule names the update of an install or a download when the event does.
        return operation == UpdateOperationKind.Search
            ? new UpdateAttempt(operation, true, null, null, entry.Line, entry.Time, entry.Text, finding)
            : new UpdateAttempt(operation, true, finding.Subject, UpdateId(entry), entry.Line, entry.Time, Title(entry), finding);
    }

    private static UpdateAttempt? Success(LogEntry entry)
    {
        if (entry.Provider?.Contains("WindowsUpdateClient", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        return entry.EventId switch
        {
            Installed => new UpdateAttempt(UpdateOperationKind.Install, false, UpdateName(entry), UpdateId(entry), entry.Line, entry.Time, Title(entry), null),
            Downloaded => new UpdateAttempt(UpdateOperationKind.Download, false, UpdateName(entry), UpdateId(entry), entry.Line, entry.Time, Title(entry), null),
            SearchSucceeded => new UpdateAttempt(UpdateOperationKind.Search, false, null, null, entry.Line, entry.Time, entry.Text, null),
            _ => null,
        };
    }

    /// <summary>The update a success names, as the rule names the update of a failure: its KB, else its title
    /// ("…installed the following update: Feature update to Windows 11, version 23H2").</summary>
    private static string? UpdateName(LogEntry entry)
    {
        var message = entry.Text.AsSpan();
        var title = entry.Field("updateTitle");
        var kb = Words.KbArticle(message) ?? (title is null ? null : Words.KbArticle(title));
        if (kb is not null)
        {
            return kb;
        }

        var named = Words.After(message, "following update: ") ?? title;
        var trimmed = named.AsSpan().Trim().TrimEnd('.');
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }

    private static string Title(LogEntry entry) => entry.Field("updateTitle") ?? entry.Text;

    private static string? UpdateId(LogEntry entry) =>
        entry.Field("updateGuid") is { } id && id.Trim().Trim('{', '}') is { Length: > 0 } bare ? bare : null;

    /// <summary>Keeps what the rule reports for one event.</summary>
    private sealed class FindingList : List<LogFinding>, IFindingSink
    {
    }
}
