using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// A log's entries, written line by line as a reader would give them: line numbers from 1 and, unless
/// <see cref="At"/> says otherwise, one second between entries.
/// </summary>
internal sealed class LogBuilder(LogKind kind, string file)
{
    private readonly List<LogEntry> _entries = [];
    private DateTimeOffset? _time = new DateTimeOffset(2023, 5, 17, 8, 0, 0, TimeSpan.Zero);
    private long _line;

    public IReadOnlyList<LogEntry> Entries => _entries;

    public static LogBuilder Cbs() => new(LogKind.Cbs, "CBS.log");

    public static LogBuilder Dism() => new(LogKind.Dism, "dism.log");

    public static LogBuilder WindowsUpdate() => new(LogKind.WindowsUpdate, "WindowsUpdate.log");

    public static LogBuilder SetupAct() => new(LogKind.SetupAct, "setupact.log");

    public static LogBuilder SetupDiag() => new(LogKind.SetupDiag, "SetupDiagResults.xml");

    public static LogBuilder CompatData() => new(LogKind.CompatData, "CompatData.xml");

    public static LogBuilder Events() => new(LogKind.EventLog, "WindowsUpdateClient.xml");

    public LogBuilder Info(string component, string text) => Add("Info", component, text);

    public LogBuilder Warning(string component, string text) => Add("Warning", component, text);

    public LogBuilder Error(string component, string text) => Add("Error", component, text);

    /// <summary>A WindowsUpdate.log line, which has no level.</summary>
    public LogBuilder Wu(string component, string text) => Add("", component, text);

    /// <summary>An entry with the given level, component and text.</summary>
    public LogBuilder Add(string level, string component, string text)
    {
        _entries.Add(new LogEntry { Kind = kind, File = file, Line = ++_line, Time = _time, Level = level, Component = component, Text = text });
        _time = _time?.AddSeconds(1);
        return this;
    }

    /// <summary>The next entries are at <paramref name="time"/> (null: the format has no time).</summary>
    public LogBuilder At(DateTimeOffset? time)
    {
        _time = time;
        return this;
    }

    /// <summary>The next entries are <paramref name="seconds"/> later.</summary>
    public LogBuilder Later(double seconds)
    {
        _time = _time?.AddSeconds(seconds);
        return this;
    }

    /// <summary>
    /// Runs a fresh rule over the entries, as the analyser does for one file. A rule that declares markers
    /// (<see cref="ExportLogRuleAttribute.Markers"/>) is run a second time, fresh, over only the entries whose line holds
    /// one of them, as the reader's prefilter would show it, and must find the same.
    /// </summary>
    public List<LogFinding> Run(ILogRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var all = Rules.Run(rule, _entries);
        var markers = rule.GetType().GetCustomAttributes(typeof(ExportLogRuleAttribute), false).Cast<ExportLogRuleAttribute>().SingleOrDefault()?.Markers ?? [];
        if (markers.Length > 0 && rule.GetType().GetConstructor(Type.EmptyTypes) is { } create)
        {
            var marked = _entries.Where(entry => markers.Any(marker => AsWritten(entry).Contains(marker, StringComparison.OrdinalIgnoreCase)));
            var some = Rules.Run((ILogRule)create.Invoke(null), marked);
            Assert.That(some.Select(Describe), Is.EqualTo(all.Select(Describe)), $"{rule.GetType().Name}: shown only the entries with its markers");
        }

        return all;
    }

    /// <summary>The entry's line as the log would hold it: the reader searches markers there, level and component included.</summary>
    private static string AsWritten(LogEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{entry.Time:yyyy-MM-dd HH:mm:ss}, {entry.Level,-21} {entry.Component,-6} {entry.Text}");

    private static string Describe(LogFinding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.RuleId}|{finding.Severity}|{finding.Role}|{finding.Code}|{finding.Subject}|{finding.Summary}|{finding.Entry.Line}|{finding.Entry.Text}|{finding.Attempt}|{finding.Remedy}");

    /// <summary>
    /// The entries the log library reads from <paramref name="content"/> as a file named <paramref name="name"/>: for
    /// the structured logs (SetupDiag results, CompatData, event exports), whose rules read the fields the reader
    /// fills, the way to write a test input is the file itself.
    /// </summary>
    public static IReadOnlyList<LogEntry> Read(string name, string content) =>
        LogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name).ToList();
}
