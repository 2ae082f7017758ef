using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Output;

/// <summary>How finding severities are named: translated for people, fixed words in JSON.</summary>
public static class LogText
{
    public static string ForPeople(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Failure => Strings.SeverityFailure,
        FindingSeverity.Warning => Strings.SeverityWarning,
        FindingSeverity.Repaired => Strings.SeverityRepaired,
        _ => Strings.SeverityInfo,
    };

    /// <summary>What kind of log a file was read as, for people: "a Setup log (setupact.log)".</summary>
    public static string KindForPeople(LogKind kind) => kind switch
    {
        LogKind.Cbs => Strings.LogKindCbs,
        LogKind.Dism => Strings.LogKindDism,
        LogKind.WindowsUpdate => Strings.LogKindWindowsUpdate,
        LogKind.SetupAct => Strings.LogKindSetupAct,
        LogKind.SetupErr => Strings.LogKindSetupErr,
        LogKind.SetupDiag => Strings.LogKindSetupDiag,
        LogKind.EventLog => Strings.LogKindEventLog,
        LogKind.CompatData => Strings.LogKindCompatData,
        LogKind.SetupApi => Strings.LogKindSetupApi,
        LogKind.Appraiser => Strings.LogKindAppraiser,
        LogKind.RollbackInfo => Strings.LogKindRollbackInfo,
        LogKind.CrashDump => Strings.LogKindCrashDump,
        _ => Strings.LogKindUnknown,
    };

    /// <summary>A finding's role in JSON: <c>cause</c> or <c>outcome</c>.</summary>
    public static string ForJson(FindingRole role) => role == FindingRole.Outcome ? "outcome" : "cause";

    public static string ForJson(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Failure => "failure",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Repaired => "repaired",
        _ => "info",
    };
}
