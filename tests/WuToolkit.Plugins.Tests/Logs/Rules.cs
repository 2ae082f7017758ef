using WuToolkit.Abstractions.Logs;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>Runs rules over entries the way the log analyser does (every entry in order, then Complete), with the test kit.</summary>
internal static class Rules
{
    public static List<LogFinding> Run(ILogRule rule, IEnumerable<LogEntry> entries) => [.. LogRuleTester.Run(rule, entries)];

    /// <summary>A sink that keeps every finding, in order, as said.</summary>
    public sealed class FindingList : List<LogFinding>, IFindingSink
    {
    }

    public static List<LogFinding> Failures(this IEnumerable<LogFinding> findings) =>
        findings.Where(finding => finding.Severity == FindingSeverity.Failure).ToList();
}
