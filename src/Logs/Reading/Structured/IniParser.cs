using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// An INI file Setup leaves behind (rollbackinfo.ini: <c>[Flow]</c> CurrentPhase, CurrentOperation, OperationResult;
/// <c>[Bugcheck]</c> Code; <c>[OldOS]</c> ConnectedStandby) as entries, one per <c>key=value</c> line: Component = the
/// section, Text = the line as <c>key=value</c>, Fields = the one value under its key, Kind as given. Comments
/// (<c>;</c>) and lines without <c>=</c> give none.
/// </summary>
internal static class IniParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, LogKind kind, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var lines = new LineReader<char>(ChunkReader<char>.For(text), options.MaxLineChars);
        var section = "";
        while (lines.MoveNext())
        {
            if ((lines.Number & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines.Current.Trim(" \t\r\0");
            if (line.IsEmpty || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim().ToString();
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim().ToString();
            var value = line[(equals + 1)..].Trim().ToString();
            var fields = EntryFields.Create();
            fields[key] = value;
            yield return new LogEntry { Kind = kind, File = file, Line = lines.Number, Component = section, Text = $"{key}={value}", Fields = fields };
        }
    }
}
