using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The update client writes what failed, with the code, to its event channel: the quickest way to the cause of
/// updates that do not arrive. This check reads the recent failures as the bundled rule reads them, explains their codes
/// through the error catalogs, and forgives what has succeeded since (the same update installed, a later cumulative
/// update installed, a search that worked): only failures the client has not got past fail.
/// </summary>
[ExportCheck("logs.update-client-errors", "Recent Windows Update client errors", Scenario = Scenario.Both, Tags = ["logs", "events", "updates"],
    Settings = typeof(LogsSettings),
    Description = "Reads the WindowsUpdateClient/Operational events of the last days (logs.updateErrorDays) and explains their error codes: an update, download or search whose newest attempt failed fails; failures the client has since got past pass.")]
public sealed class UpdateClientErrorsCheck : ICheck
{
    /// <summary>Failures named in the summary; the rest are counted.</summary>
    private const int NamedInSummary = 3;

    /// <summary>Failures described in the evidence.</summary>
    private const int DescribedInEvidence = 10;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var days = context.Settings.Get(LogsSettings.UpdateErrorDays);
        var events = await context.Machine.EventLog.GetEventsAsync(ChannelEvents.UpdateClientChannel, ChannelEvents.MaxEvents, cancellationToken).ConfigureAwait(false);
        var now = await context.Machine.Clock.GetUtcNowAsync(cancellationToken).ConfigureAwait(false);
        var since = now - TimeSpan.FromDays(days);

        var entries = events.Select((record, index) => ChannelEvents.ToEntry(record, index + 1)).ToList();
        var attempts = UpdateAttempts.Read(entries);

        // An event without a time cannot be placed outside the window, so it counts.
        var streaks = FailureStreaks.Judge(attempts, attempt => attempt.Time is not { } time || time >= since);
        var open = streaks.Where(streak => !streak.Cleared).ToList();
        var cleared = streaks.Count - open.Count;

        var evidence = new List<Evidence>
        {
            new("windowDays", days.ToString(CultureInfo.InvariantCulture)),
            new("eventsRead", events.Count.ToString(CultureInfo.InvariantCulture)),
            new("failing", open.Count.ToString(CultureInfo.InvariantCulture)),
            new("failedSinceResolved", cleared.ToString(CultureInfo.InvariantCulture)),
        };

        if (open.Count == 0)
        {
            var summary = cleared == 0
                ? Strings.FormatUpdateClientNoErrors(days)
                : Strings.FormatUpdateClientErrorsResolved(cleared, days);
            return new CheckResult { Status = CheckStatus.Pass, Summary = summary, Evidence = evidence };
        }

        foreach (var streak in open.Take(DescribedInEvidence))
        {
            Describe(evidence, streak, context.ErrorCodes);
        }

        var named = string.Join("; ", open.Take(NamedInSummary).Select(streak => Short(streak, context.ErrorCodes)));
        if (open.Count > NamedInSummary)
        {
            named = Strings.FormatAndMoreFailures(named, open.Count - NamedInSummary);
        }

        return CheckResult.Fail(Strings.FormatUpdateClientFailing(days, named), evidence, [.. Fixes(open, context.ErrorCodes)]);
    }

    /// <summary>"KB5034441 (install, 2026-11-18): 0x80070643 ERROR_INSTALL_FAILURE".</summary>
    private static string Short(FailureStreak streak, IErrorCodeLookup codes)
    {
        var last = streak.Last;
        var what = Subject(last);
        var when = last.Time is { } time ? time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Strings.DateUnknown;
        return Strings.FormatFailureShort(what, when, CodeName(last.Finding?.Code, codes));
    }

    private static void Describe(List<Evidence> evidence, FailureStreak streak, IErrorCodeLookup codes)
    {
        var last = streak.Last;
        var key = last.Operation == UpdateOperationKind.Search ? "search" : last.Update ?? Strings.AnUpdate;
        evidence.Add(new($"{key}.operation", Operation(last.Operation)));
        evidence.Add(new($"{key}.failures", streak.Failures.ToString(CultureInfo.InvariantCulture)));
        if (last.Time is { } time)
        {
            evidence.Add(new($"{key}.lastAttempt", time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        }

        evidence.Add(new($"{key}.error", CodeName(last.Finding?.Code, codes)));
        if (last.Finding?.Code is { } code && codes.Find(code) is { } known)
        {
            evidence.Add(new($"{key}.meaning", known.Meaning));
        }
    }

    /// <summary>The fixes the codes' catalog entries name, then those the rule's hints name, each once.</summary>
    private static IEnumerable<string> Fixes(IEnumerable<FailureStreak> open, IErrorCodeLookup codes) =>
        open.SelectMany(streak =>
                streak.Last.Finding is { } finding
                    ? (finding.Code is { } code && codes.Find(code) is { } known ? known.FixIds : []).Concat(finding.FixIds)
                    : [])
            .Distinct(StringComparer.Ordinal);

    /// <summary>"0x80070643 ERROR_INSTALL_FAILURE" when a catalog knows the code, "0x8024FFFF" when none does.</summary>
    private static string CodeName(uint? code, IErrorCodeLookup codes) => code switch
    {
        null => Strings.NoCode,
        { } value when codes.Find(value) is { } known => $"{known.Hex} {known.Name}",
        { } value => HResult.Format(value),
    };

    private static string Subject(UpdateAttempt attempt) => attempt.Operation switch
    {
        UpdateOperationKind.Search => Strings.CheckingForUpdates,
        UpdateOperationKind.Download => Strings.FormatDownloading(attempt.Update ?? Strings.AnUpdate),
        _ => Strings.FormatInstalling(attempt.Update ?? Strings.AnUpdate),
    };

    private static string Operation(UpdateOperationKind operation) => operation switch
    {
        UpdateOperationKind.Search => Strings.OperationSearch,
        UpdateOperationKind.Download => Strings.OperationDownload,
        _ => Strings.OperationInstall,
    };
}
