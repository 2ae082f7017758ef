using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// Tells the kind of a log from its first lines when its name says nothing (a copy named
/// <c>pc42-cbs.txt</c>, a pasted excerpt):
/// <list type="number">
/// <item>XML by its first element: <c>SetupDiag</c> → SetupDiag, <c>CompatReport</c> → CompatData,
/// <c>Event</c> or <c>Events</c> → EventLog; other XML with <c>Asset</c> elements and <c>PropertyList</c>s → Appraiser;</item>
/// <item>a first line <c>Log Name:</c> or <c>ログの名前:</c> (Event Viewer's "Copy details as text", English or Japanese), or
/// <c>TimeCreated :</c> (<c>Get-WinEvent | Format-List</c>) → EventLog;</item>
/// <item>SetupAPI's <c>[Device Install Log]</c>, <c>[Boot Session: …]</c> or <c>&gt;&gt;&gt;  [</c> section lines → SetupApi;
/// an INI <c>[Flow]</c> section with <c>CurrentPhase=</c> → RollbackInfo;</item>
/// <item>JSON naming ProfileName or FailureData → SetupDiag;</item>
/// <item>a first line <c>Level,Date and Time,Source,Event ID,…</c> (Japanese: <c>レベル,日付と時刻,ソース,イベント ID,…</c>), or records whose fourth field is a
/// number and second a date → EventLog (Event Viewer CSV);</item>
/// <item>a line starting <c>Matching Profile found:</c>, <c>SetupDiag version:</c>, <c>SetupDiag v</c>,
/// <c>SetupDiag: processing rule:</c>, <c>SetupDiag found</c>, <c>Warning: Found Application Block for:</c> or
/// <c>Error: SetupDiag reports</c> → SetupDiag (its output pasted without its header too);</item>
/// <item>timestamped lines: more in the WindowsUpdate shapes → WindowsUpdate; otherwise by their component
/// column: any Setup component (SP, MOUPG, IBS, CONX, PANTHR, …) on at least one line in twenty → SetupAct
/// (SetupErr when the name contains "setuperr"), else DISM beside CBS/CSI → Dism or Cbs.</item>
/// </list>
/// Anything else is Unknown, and is read as raw lines.
/// </summary>
internal static class LogContentSniffer
{
    private const int MaxLines = 400;

    private static readonly HashSet<string> ServicingComponents = new(StringComparer.Ordinal) { "CBS", "CSI", "DPX", "TI", "SXS" };

    public static LogKind Sniff(string head, string fileName)
    {
        var text = head.AsSpan().TrimStart(" \t\r\n\0\uFEFF");
        if (text.IsEmpty)
        {
            return LogKind.Unknown;
        }

        if (text[0] == '<')
        {
            var xml = FromXml(text);
            return xml == LogKind.Unknown && text.Contains("<Asset", StringComparison.Ordinal) && text.Contains("<PropertyList", StringComparison.Ordinal)
                ? LogKind.Appraiser
                : xml;
        }

        if (Structured.EventTextParser.Recognizes(text))
        {
            return LogKind.EventLog;
        }

        if (text.StartsWith("[Device Install Log]", StringComparison.Ordinal) || text.StartsWith("[Boot Session:", StringComparison.Ordinal) ||
            text.StartsWith(">>>  [", StringComparison.Ordinal))
        {
            return LogKind.SetupApi;
        }

        if (text.StartsWith("[Flow]", StringComparison.OrdinalIgnoreCase) && text.Contains("CurrentPhase=", StringComparison.OrdinalIgnoreCase))
        {
            return LogKind.RollbackInfo;
        }

        if (text[0] == '{')
        {
            return text.Contains("\"ProfileName\"", StringComparison.Ordinal) || text.Contains("\"FailureData\"", StringComparison.Ordinal)
                ? LogKind.SetupDiag
                : LogKind.Unknown;
        }

        return FromLines(head, fileName);
    }

    private static LogKind FromXml(ReadOnlySpan<char> text)
    {
        // The first element that is not a declaration, comment or DOCTYPE.
        var position = 0;
        while (position < text.Length)
        {
            var open = text[position..].IndexOf('<');
            if (open < 0 || position + open + 1 >= text.Length)
            {
                return LogKind.Unknown;
            }

            position += open + 1;
            if (char.IsLetter(text[position]))
            {
                var end = position;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '_' or '-' or '.'))
                {
                    end++;
                }

                var name = text[position..end];
                var colon = name.IndexOf(':');
                return (colon >= 0 ? name[(colon + 1)..] : name) switch
                {
                    "SetupDiag" => LogKind.SetupDiag,
                    "CompatReport" => LogKind.CompatData,
                    "Event" or "Events" => LogKind.EventLog,
                    _ => LogKind.Unknown,
                };
            }
        }

        return LogKind.Unknown;
    }

    private static LogKind FromLines(string head, string fileName)
    {
        var pool = new StringPool();
        var servicing = new ServicingLineParser<char>(pool, Encoding.Unicode);
        var windowsUpdate = new WindowsUpdateLineParser<char>(pool, Encoding.Unicode);
        int servicingLines = 0, windowsUpdateLines = 0, setupVotes = 0, dismVotes = 0, cbsVotes = 0, csvRecords = 0, lines = 0, headerFields = 0;
        foreach (var range in head.AsSpan().Split('\n'))
        {
            var line = head.AsSpan(range).TrimEnd('\r');
            if (line.Trim(" \t\0").IsEmpty)
            {
                continue;
            }

            if (++lines > MaxLines)
            {
                break;
            }

            if (lines == 1)
            {
                if (line.TrimStart('\uFEFF').StartsWith("Level,Date and Time,Source,Event ID", StringComparison.OrdinalIgnoreCase) ||
                    line.TrimStart('\uFEFF').StartsWith("レベル,日付と時刻,ソース,イベント ID", StringComparison.Ordinal))
                {
                    return LogKind.EventLog;
                }

                headerFields = line.Count(',') + 1;
            }
            else if (lines == 2 && headerFields >= 5 && LooksLikeEventCsvRecord(line))
            {
                // A localized Event Viewer header, then an event.
                return LogKind.EventLog;
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("Matching Profile found:", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("SetupDiag version:", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("SetupDiag v1", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("SetupDiag: processing rule:", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("SetupDiag found ", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("Warning: Found Application Block for:", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("Error: SetupDiag reports", StringComparison.OrdinalIgnoreCase))
            {
                return LogKind.SetupDiag;
            }

            if (windowsUpdate.TryParse(line, out _))
            {
                windowsUpdateLines++;
            }
            else if (servicing.TryParse(line, out var parsed) && parsed.Time is not null)
            {
                servicingLines++;
                if (parsed.Component == "DISM")
                {
                    dismVotes++;
                }
                else if (ServicingComponents.Contains(parsed.Component))
                {
                    cbsVotes++;
                }
                else if (parsed.Component.Length > 0)
                {
                    setupVotes++;
                }
            }
            else if (LooksLikeEventCsvRecord(line))
            {
                csvRecords++;
            }
        }

        if (windowsUpdateLines == 0 && servicingLines == 0)
        {
            return csvRecords > 0 && csvRecords * 2 >= lines ? LogKind.EventLog : LogKind.Unknown;
        }

        if (windowsUpdateLines > servicingLines)
        {
            return LogKind.WindowsUpdate;
        }

        if (setupVotes > 0 && setupVotes * 20 >= servicingLines)
        {
            return LogKindDetector.FileNameOf(fileName).Contains("setuperr", StringComparison.OrdinalIgnoreCase) ? LogKind.SetupErr : LogKind.SetupAct;
        }

        if (dismVotes > 0 && dismVotes >= cbsVotes)
        {
            return LogKind.Dism;
        }

        if (cbsVotes > 0)
        {
            return LogKind.Cbs;
        }

        // Timestamped lines with blank components only: Setup writes those, CBS and DISM do not.
        return LogKindDetector.FileNameOf(fileName).Contains("setuperr", StringComparison.OrdinalIgnoreCase) ? LogKind.SetupErr : LogKind.SetupAct;
    }

    /// <summary>Level,Date and Time,Source,Event ID,…: a number in the fourth field and a time in the second.</summary>
    private static bool LooksLikeEventCsvRecord(ReadOnlySpan<char> line)
    {
        var field = 0;
        ReadOnlySpan<char> date = [], id = [];
        foreach (var range in line.Split(','))
        {
            if (field == 1)
            {
                date = line[range];
            }
            else if (field == 3)
            {
                id = line[range];
                break;
            }

            field++;
        }

        id = id.Trim();
        return field == 3 && id.Length is > 0 and < 10 && !id.ContainsAnyExceptInRange('0', '9')
            && date.Contains(':') && date.ContainsAnyInRange('0', '9');
    }
}
