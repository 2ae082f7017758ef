using System.Globalization;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Reports;

/// <summary>The environment of a run as the reports show it, row by row: wutk's version, what was diagnosed, when, how
/// long, which scenario, whether deep checks ran, and the plugins.</summary>
public static class ReportEnvironment
{
    public static IEnumerable<(string Name, string Value)> Rows(RunReportView view, RunReport report, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(report);
        yield return (ReportPageStrings.EnvVersion, toolVersion);
        yield return (ReportPageStrings.EnvMachine, view.Machine);
        yield return (ReportPageStrings.EnvStarted, report.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        yield return (ReportPageStrings.EnvDuration, ReportPageStrings.FormatEnvDurationValue(report.Duration.TotalSeconds.ToString("0.0", CultureInfo.CurrentCulture)));
        yield return (ReportPageStrings.EnvScenario, StatusText.ForJson(report.Scenario));
        yield return (ReportPageStrings.EnvDeep, report.Deep ? ReportPageStrings.EnvDeepRan : ReportPageStrings.EnvDeepNotRun);
        yield return (ReportPageStrings.EnvPlugins, string.Join(", ", view.Plugins));
    }
}
