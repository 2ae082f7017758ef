namespace WuToolkit.Host.Reports;

/// <summary>One machine's overall answer, worst first: a failure outweighs a check that could not run, which outweighs
/// a warning.</summary>
public enum Verdict
{
    /// <summary>At least one check failed.</summary>
    Fail,

    /// <summary>No check failed, but at least one could not run: the answer is incomplete.</summary>
    Incomplete,

    /// <summary>No check failed or broke; at least one warned.</summary>
    Warn,

    /// <summary>Nothing wrong found.</summary>
    Healthy,
}

/// <summary>The verdict's stable English word for JSON and CSV.</summary>
public static class VerdictText
{
    public static string ForData(Verdict verdict) => verdict switch
    {
        Verdict.Fail => "fail",
        Verdict.Incomplete => "incomplete",
        Verdict.Warn => "warn",
        _ => "healthy",
    };

    public static string ForPeople(Verdict verdict) => verdict switch
    {
        Verdict.Fail => Resources.ReportStrings.VerdictFail,
        Verdict.Incomplete => Resources.ReportStrings.VerdictIncomplete,
        Verdict.Warn => Resources.ReportStrings.VerdictWarn,
        _ => Resources.ReportStrings.VerdictHealthy,
    };
}
