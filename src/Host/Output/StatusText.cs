using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Output;

/// <summary>How statuses are named: translated words for people, fixed lower-case words in JSON.</summary>
public static class StatusText
{
    public static string ForPeople(CheckStatus status) => status switch
    {
        CheckStatus.Pass => Strings.StatusPass,
        CheckStatus.Warn => Strings.StatusWarn,
        CheckStatus.Fail => Strings.StatusFail,
        CheckStatus.Skipped => Strings.StatusSkipped,
        _ => Strings.StatusError,
    };

    /// <summary>The schema's enum values; never translated.</summary>
    public static string ForJson(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Skipped => "skipped",
        _ => "error",
    };

    public static string ForJson(Scenario scenario) => scenario switch
    {
        Scenario.Update => "update",
        Scenario.Upgrade => "upgrade",
        Scenario.Both => "both",
        _ => "none",
    };
}
