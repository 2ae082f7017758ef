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

    public static string ForJson(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Failure => "failure",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Repaired => "repaired",
        _ => "info",
    };
}
