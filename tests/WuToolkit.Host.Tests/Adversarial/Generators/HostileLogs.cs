using System.Globalization;
using System.Security;
using System.Text;
using CsCheck;
using WuToolkit.Host.Tests.Adversarial.Support;

namespace WuToolkit.Host.Tests.Adversarial.Generators;

/// <summary>The kinds of log wutk reads, each with the file name it has on a PC.</summary>
internal enum HostileLogKind
{
    Cbs,
    Dism,
    WindowsUpdate,
    WindowsUpdateClassic,
    SetupAct,
    SetupErr,
    SetupDiagText,
    SetupDiagXml,
    SetupDiagJson,
    CompatData,
    EventXml,
    EventCsv,
}

/// <summary>One line (or record) of a generated log: when, how bad, who, and what it says.</summary>
internal sealed record LogLine(int Seconds, int Level, int Component, string Message);

/// <summary>One change to the bytes of a generated log (<see cref="Pick"/> chooses the place, <see cref="Variant"/> the form).</summary>
internal sealed record LogMutation(LogMutationKind Kind, int Pick, int Variant);

internal enum LogMutationKind
{
    RandomBytes,
    BinaryJunk,
    HugeLine,
    EndlessNesting,
    NulRun,
    MixedEncoding,
    Truncation,
    ControlCharacters,
    LineEndings,
}

/// <summary>How the whole file is encoded before the changes.</summary>
internal enum LogEncoding
{
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16Le,
    Utf16BeBom,
    Windows1252,
}

/// <summary>A generated log: its kind, its lines, its encoding, the changes made to its bytes, and how it reaches wutk
/// (under its usual name, under a name that says nothing, or on standard input).</summary>
internal sealed record HostileLog(HostileLogKind Kind, IReadOnlyList<LogLine> Lines, LogEncoding Encoding, IReadOnlyList<LogMutation> Mutations, int Naming)
{
    public string FileName => (Naming % 3) switch
    {
        0 => HostileLogs.UsualName(Kind),
        1 => "input.txt",
        _ => "-",
    };

    public override string ToString() =>
        $"{Kind} ({Lines.Count} lines, {Encoding}, as '{FileName}'), {Mutations.Count} mutation(s): {string.Join(", ", Mutations.Select(m => $"{m.Kind}({m.Pick},{m.Variant})"))}";
}

/// <summary>
/// Logs of every kind wutk reads, built from small templates in the shapes of the real ones (the style of
/// tests/WuToolkit.Host.Tests/Logs/LogFixtures.cs), with generated times, levels, components and messages (error codes,
/// paths, hostile text), then damaged: random bytes, binary junk, huge lines, endless nesting, NUL runs, mixed encodings,
/// truncation, control characters and odd line endings.
/// </summary>
internal static class HostileLogs
{
    private static readonly DateTime Start = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Levels = ["Info", "Error", "Warning", "Perf", "Fatal", "", "info", "ERROR", "[0x064149]"];

    private static readonly string[] Components = ["CBS", "CSI", "DISM", "SP", "MOUPG", "IBSLIB", "Agent", "ComApi", "DownloadManager", "Handler", "", "x"];

    private static readonly string[] Phrases =
    [
        "Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]",
        "Exec: Processing complete. Session: 1_2, Package: Package_for_KB5034763 [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]",
        "(F) Hashes for file member [l:9]'demo.dll' do not match.[gle=0x80004005]",
        "*FAILED* [8024402C] Method failed [CWuaDownloader::Download:123]",
        "FATAL: SelfUpdate check failed, err = 0x80072EE2",
        "CSetupManager::ExecuteTask(2630): Result = 0xC1900101",
        "Initiating rollback/uninstall, phase = 0",
        "DISM.EXE: Executing command line: dism /online /cleanup-image /restorehealth",
        "Error 0x800f0922 in the SAFE_OS phase during BOOT operation",
        "Not enough free disk space: 3 GB free, 20 GB needed",
        "Session: 1_1 initialized by client WindowsUpdateAgent.",
        "Verifying installation of driver oem42.inf failed 0x80070643",
    ];

    public static string UsualName(HostileLogKind kind) => kind switch
    {
        HostileLogKind.Cbs => "CBS.log",
        HostileLogKind.Dism => "dism.log",
        HostileLogKind.WindowsUpdate or HostileLogKind.WindowsUpdateClassic => "WindowsUpdate.log",
        HostileLogKind.SetupAct => "setupact.log",
        HostileLogKind.SetupErr => "setuperr.log",
        HostileLogKind.SetupDiagText => "SetupDiagResults.log",
        HostileLogKind.SetupDiagXml => "SetupDiagResults.xml",
        HostileLogKind.SetupDiagJson => "SetupDiagResults.json",
        HostileLogKind.CompatData => "CompatData_2024_03_01_08_00_00_1_00000000.xml",
        HostileLogKind.EventXml => "events.xml",
        _ => "events.csv",
    };

    private static Gen<string> Message { get; } = Gen.Frequency(
        (6, Gen.Int[0, Phrases.Length - 1].Select(i => Phrases[i])),
        (2, Gen.Select(Gen.Int[0, Phrases.Length - 1], Support.Text.Hostile(), (i, hostile) => Phrases[i] + " " + hostile)),
        (2, Support.Text.Hostile(120)));

    private static Gen<LogLine> Line { get; } =
        Gen.Select(Gen.Int[0, 86_400 * 3], Gen.Int[0, Levels.Length - 1], Gen.Int[0, Components.Length - 1], Message,
            (seconds, level, component, message) => new LogLine(seconds, level, component, message));

    private static Gen<LogMutation> Mutation { get; } =
        Gen.Select(Gen.Enum<LogMutationKind>(), Gen.Int[0, 1_000_000], Gen.Int[0, 1_000], (kind, pick, variant) => new LogMutation(kind, pick, variant));

    /// <summary>A log of any kind, undamaged now and then, otherwise with one to four changes.</summary>
    public static Gen<HostileLog> Any { get; } =
        Gen.Select(Gen.Enum<HostileLogKind>(), Line.Array[0, 40], Gen.Enum<LogEncoding>(),
            Gen.Frequency((1, Gen.Const(Array.Empty<LogMutation>())), (4, Mutation.Array[1, 4])), Gen.Int[0, 2],
            (kind, lines, encoding, mutations, naming) => new HostileLog(kind, lines, encoding, mutations, naming));

    /// <summary>The file's bytes.</summary>
    public static byte[] Render(HostileLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var bytes = Encode(Content(log), log.Encoding);
        foreach (var mutation in log.Mutations)
        {
            bytes = Apply(bytes, mutation, log.Kind);
        }

        return bytes;
    }

    private static string Time(LogLine line, string format) => Start.AddSeconds(line.Seconds).ToString(format, CultureInfo.InvariantCulture);

    private static string Content(HostileLog log)
    {
        var text = new StringBuilder();
        var lines = log.Lines;
        switch (log.Kind)
        {
            case HostileLogKind.Cbs or HostileLogKind.Dism or HostileLogKind.SetupAct or HostileLogKind.SetupErr:
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Time(line, "yyyy-MM-dd HH:mm:ss")}, {Levels[line.Level],-21} {Components[line.Component],-6} {line.Message}\r\n");
                    if (line.Seconds % 5 == 0)
                    {
                        text.Append(" Continued: ").Append(line.Message).Append("\r\n");
                    }
                }

                break;
            case HostileLogKind.WindowsUpdate:
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Time(line, "yyyy/MM/dd HH:mm:ss.fffffff")} {line.Seconds % 9000,-5} {line.Level * 31,-5} {Components[line.Component],-15} {line.Message}\n");
                }

                break;
            case HostileLogKind.WindowsUpdateClassic:
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Time(line, "yyyy-MM-dd\tHH:mm:ss:fff")}\t {line.Seconds % 9000}\t{line.Level * 31}\t{Components[line.Component]}\t{line.Message}\r\n");
                }

                break;
            case HostileLogKind.SetupDiagText:
                text.Append("Matching Profile found: ").Append((lines.Count > 0 ? lines[0].Message : null) ?? "Demo").Append(" - 1\r\nSystem Information:\r\n");
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\t{Components[line.Component]}{line.Level} = {line.Message}\r\n");
                }

                text.Append("Error = 0xC1900101-0x40017\r\nLast Phase = Safe OS\r\n");
                break;
            case HostileLogKind.SetupDiagXml:
                text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><SetupDiag><ProfileName>").Append(Xml((lines.Count > 0 ? lines[0].Message : null))).Append("</ProfileName>");
                foreach (var line in lines)
                {
                    text.Append("<FailureDetails>Err = 0xC1900101-0x40017, LastPhase = ").Append(Xml(line.Message)).Append("</FailureDetails>");
                }

                text.Append("</SetupDiag>");
                break;
            case HostileLogKind.SetupDiagJson:
                text.Append("{\"ProfileName\":").Append(System.Text.Json.JsonSerializer.Serialize((lines.Count > 0 ? lines[0].Message : null) ?? "Demo"))
                    .Append(",\"SystemInfo\":{\"UpgradeStartTime\":\"\\/Date(1559881150000-0700)\\/\"},\"FailureData\":[")
                    .AppendJoin(',', lines.Select(line => System.Text.Json.JsonSerializer.Serialize(line.Message)))
                    .Append("]}");
                break;
            case HostileLogKind.CompatData:
                text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><CompatReport><Hardware>");
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"<HardwareItem HardwareType=\"{Xml(Components[line.Component])}\"><CompatibilityInfo BlockingType=\"{(line.Level % 2 == 0 ? "Hard" : "None")}\" Message=\"{Xml(line.Message)}\"/></HardwareItem>");
                }

                text.Append("</Hardware><DriverPackages>");
                foreach (var line in lines.Take(5))
                {
                    text.Append(CultureInfo.InvariantCulture, $"<DriverPackage Inf=\"oem{line.Level}.inf\" BlockMigration=\"{line.Seconds % 2 == 0}\" HasSignedBinaries=\"False\"/>");
                }

                text.Append("</DriverPackages></CompatReport>");
                break;
            case HostileLogKind.EventXml:
                text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><Events>");
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient'/><EventID>{20 + line.Level}</EventID><Level>{line.Level % 5}</Level><TimeCreated SystemTime='{Time(line, "yyyy-MM-ddTHH:mm:ss.fffffffZ")}'/></System><EventData><Data Name='errorCode'>0x80070643</Data><Data Name='updateTitle'>{Xml(line.Message)}</Data></EventData><RenderingInfo Culture='en-US'><Message>{Xml(line.Message)}</Message></RenderingInfo></Event>");
                }

                text.Append("</Events>");
                break;
            default:
                text.Append("Level,Date and Time,Source,Event ID,Task Category\r\n");
                foreach (var line in lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{(line.Level % 3 == 0 ? "Error" : "Information")},{Time(line, "M/d/yyyy h:mm:ss tt")},Microsoft-Windows-WindowsUpdateClient,{20 + line.Level},Windows Update Agent,\"{line.Message.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\n");
                }

                break;
        }

        return text.ToString();
    }

    /// <summary>Escaped for XML text and attributes; characters XML forbids stay in, as a hostile file has them.</summary>
    private static string Xml(string? text) => SecurityElement.Escape(text ?? "") ?? "";

    private static byte[] Encode(string text, LogEncoding encoding)
    {
        // Lone surrogates become U+FFFD here, as any encoder makes them; invalid bytes come from the mutations.
        return encoding switch
        {
            LogEncoding.Utf8 => new UTF8Encoding(false).GetBytes(text),
            LogEncoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
            LogEncoding.Utf16LeBom => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            LogEncoding.Utf16Le => Encoding.Unicode.GetBytes(text),
            LogEncoding.Utf16BeBom => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Latin1.GetBytes(text),
        };
    }

    private static byte[] Apply(byte[] bytes, LogMutation mutation, HostileLogKind kind)
    {
        var at = bytes.Length == 0 ? 0 : mutation.Pick % (bytes.Length + 1);
        byte[] Insert(ReadOnlySpan<byte> inserted) => [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
        switch (mutation.Kind)
        {
            case LogMutationKind.RandomBytes:
            {
                var random = new Random(mutation.Pick);
                var junk = new byte[1 + (mutation.Variant % 64)];
                random.NextBytes(junk);
                return Insert(junk);
            }

            case LogMutationKind.BinaryJunk:
            {
                // Things found in real broken files: an evtx header, a zip header, a PE header, a run of 0xFF.
                byte[][] junk = ["ElfFile\0"u8.ToArray(), [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0], Enumerable.Repeat((byte)0xFF, 4096).ToArray()];
                var chosen = junk[mutation.Variant % junk.Length];
                return mutation.Pick % 2 == 0 ? [.. chosen, .. bytes] : Insert(chosen);
            }

            case LogMutationKind.HugeLine:
            {
                int[] lengths = [70_000, 1_000_000, 4_000_000];
                var length = lengths[mutation.Variant % lengths.Length];
                return Insert(Enumerable.Repeat((byte)"a<[{\"\t, "[mutation.Pick % 8], length).ToArray());
            }

            case LogMutationKind.EndlessNesting:
            {
                var depth = 1_000 + (mutation.Variant * 100);
                var open = kind is HostileLogKind.SetupDiagJson ? "[{\"a\":" : (mutation.Variant % 2 == 0 ? "<a>" : "<a b='");
                return Insert(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
            }

            case LogMutationKind.NulRun:
                return Insert(new byte[1 + (mutation.Variant * 97)]);

            case LogMutationKind.MixedEncoding:
            {
                var part = "Error 0x800F081F Fehler bei der Überprüfung — 失败\r\n";
                Encoding[] encodings = [Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1, new UTF8Encoding(true)];
                var encoding = encodings[mutation.Variant % encodings.Length];
                return Insert([.. encoding.GetPreamble(), .. encoding.GetBytes(part)]);
            }

            case LogMutationKind.Truncation:
                return bytes[..at];

            case LogMutationKind.ControlCharacters:
                return Insert(Encoding.UTF8.GetBytes("\u001b]0;owned\u0007\u001b[2J\u202e\u0085\u2028\r\u000b\u000c"));

            default:
            {
                // Line endings of every kind, or none: CR alone, LF CR, and a file that is one line.
                var text = bytes.ToList();
                return (mutation.Variant % 3) switch
                {
                    0 => [.. text.Select(b => b == (byte)'\n' ? (byte)'\r' : b)],
                    1 => [.. text.Where(b => b != (byte)'\n' && b != (byte)'\r')],
                    _ => [.. text.SelectMany(b => b == (byte)'\n' ? new byte[] { (byte)'\n', (byte)'\r' } : [b])],
                };
            }
        }
    }
}
