using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// The SetupAPI text logs (setupapi.dev.log, setupapi.setup.log, setupapi.offline.*.log): sections that open with
/// <c>&gt;&gt;&gt;  [Device Install (Hardware initiated) - PCI\VEN_8086&amp;DEV_A370]</c> and
/// <c>&gt;&gt;&gt;  Section start 2015/11/22 17:59:28.110</c>, then lines of a category and a message
/// (<c>     dvi: {Build Driver List} 17:59:28.176</c>), errors marked <c>!!!</c> and warnings <c>!</c> in the
/// first columns, and a closing <c>&lt;&lt;&lt;  [Exit status: FAILURE(0xe0000247)]</c>. One entry per line of a
/// section: Level <c>Error</c> for <c>!!!</c> (and a failed exit status), <c>Warning</c> for <c>!</c>, else
/// <c>Info</c>; Component = the category (<c>dvi</c>, <c>ndv</c>, <c>sto</c>, <c>flq</c>, <c>sig</c> …), <c>section</c>
/// for a section's title and <c>exit</c> for its exit status; Text = the message; Time = the section's start; and the
/// field <c>Section</c> = the section's title, so that a rule knows which device or driver package a line is about.
/// The header before the first section gives no entries.
/// </summary>
internal static class SetupApiParser
{
    private const string SectionStart = "Section start ";
    private const string ExitStatus = "[Exit status: ";

    private static readonly System.Buffers.SearchValues<char> Lowercase = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var lines = new LineReader<char>(ChunkReader<char>.For(text), options.MaxLineChars);
        string? section = null;
        DateTimeOffset? time = null;
        IReadOnlyDictionary<string, string> fields = EntryFields.Create();
        while (lines.MoveNext())
        {
            if ((lines.Number & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines.Current.TrimEnd(" \t\r\0");
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.StartsWith(">>>", StringComparison.Ordinal))
            {
                var rest = line[3..].Trim();
                if (rest.StartsWith(SectionStart, StringComparison.Ordinal))
                {
                    time = Time(rest[SectionStart.Length..]) ?? time;
                    continue;
                }

                if (rest.Length > 1 && rest[0] == '[')
                {
                    section = rest[1..].TrimEnd(']').ToString();
                    time = null;
                    var own = EntryFields.Create();
                    own["Section"] = section;
                    fields = own;
                    yield return Entry(file, lines.Number, null, "Info", "section", section, fields);
                }

                continue;
            }

            if (section is null)
            {
                // The "[Device Install Log]" header and "[Boot Session: …]" lines are not about an install.
                continue;
            }

            if (line.StartsWith("<<<", StringComparison.Ordinal))
            {
                var rest = line[3..].Trim();
                if (rest.StartsWith(ExitStatus, StringComparison.Ordinal))
                {
                    var status = rest[ExitStatus.Length..].TrimEnd(']').ToString();
                    var level = status.StartsWith("SUCCESS", StringComparison.OrdinalIgnoreCase) ? "Info" : "Error";
                    yield return Entry(file, lines.Number, time, level, "exit", status, fields);
                }

                continue;
            }

            var marks = line.StartsWith("!!!", StringComparison.Ordinal) ? 3 : line.StartsWith('!') ? 1 : 0;
            var levelOf = marks switch { 3 => "Error", 1 => "Warning", _ => "Info" };
            var body = line[marks..].TrimStart();
            var colon = body.IndexOf(':');
            var component = colon is > 0 and <= 4 && !body[..colon].ContainsAnyExcept(Lowercase) ? body[..colon].ToString() : "";
            var message = component.Length > 0 ? body[(colon + 1)..].Trim() : body.Trim();
            yield return Entry(file, lines.Number, time, levelOf, component, message.ToString(), fields);
        }
    }

    private static LogEntry Entry(string file, long line, DateTimeOffset? time, string level, string component, string text, IReadOnlyDictionary<string, string> fields) =>
        new() { Kind = LogKind.SetupApi, File = file, Line = line, Time = time, Level = level, Component = component, Text = text, Fields = fields };

    /// <summary>"2015/11/22 17:59:28.110".</summary>
    private static DateTimeOffset? Time(ReadOnlySpan<char> text) =>
        DateTime.TryParseExact(text.Trim(), ["yyyy/MM/dd HH:mm:ss.fff", "yyyy/MM/dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? LogTimestamps.AsLogTime(value)
            : null;
}
