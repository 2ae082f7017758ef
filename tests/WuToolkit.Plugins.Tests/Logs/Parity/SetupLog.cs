using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Plugins.Tests.Logs.Parity;

/// <summary>
/// A log written as Windows writes it, to a file of the name Windows gives it, and analysed the way <c>wutk logs
/// analyze</c> does: the log library reads the file (its kind from its name), and every bundled rule sees it.
/// </summary>
internal static class SetupLog
{
    private static readonly DateTime Start = new(2023, 10, 5, 23, 27, 0);

    /// <summary>setupact.log lines: "2023-10-05 23:27:00, Error                 SP     text", one second apart.</summary>
    public static string Act(params (string Level, string Component, string Text)[] lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var (level, component, message) = lines[i];
            var time = Start.AddSeconds(i).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            text.Append(time).Append(", ").Append(level.PadRight(21)).Append(' ').Append(component.PadRight(6)).Append(' ').Append(message).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>A CompatData report around <paramref name="items"/>.</summary>
    public static string CompatData(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <CompatReport xmlns="http://www.microsoft.com/ApplicationExperience/UpgradeAdvisor/01012009"><System X64Capable="True" X64Running="True"/>
        {items}
        </CompatReport>
        """;

    /// <summary>Analyses files named as Windows names them (name → content; null content: an empty file).</summary>
    public static LogReport Analyze(params (string Name, string? Content)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("wutk-parity-");
        try
        {
            var sources = new List<LogSource>();
            foreach (var (name, content) in files)
            {
                var path = Path.Combine(folder.FullName, name.Replace('\\', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content ?? "", new UTF8Encoding(false));
                sources.Add(LogSource.File(path));
            }

            var report = LogAnalysisRun.Run(sources, BundledRules.All, null, CancellationToken.None);

            // Every scenario also holds the rules' markers to what the rules read: shown every entry, they find the same.
            var everyEntry = LogAnalysisRun.Run(sources, BundledRules.All, null, prefilter: false, CancellationToken.None);
            Assert.That(report.Describe(), Is.EqualTo(everyEntry.Describe()), "the findings with the prefilter and without it");
            Assert.That(report.Files.Select(file => file.Entries), Is.EqualTo(everyEntry.Files.Select(file => file.Entries)));
            return report;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static string Describe(this LogReport report) => string.Join("\n", report.Findings.Select(f =>
        $"  {f.Severity} {f.RuleId} line {f.Entry.Line} {(f.Code is { } code ? "0x" + code.ToString("X8", CultureInfo.InvariantCulture) : "-")} [{f.Subject}] {f.Summary} | {f.Remedy}"));
}
