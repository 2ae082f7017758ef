using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Follows the dism.exe sessions of a dism.log: each starts with "&lt;----- Starting Dism.exe session -----&gt;"
/// and names its command ("DISM.EXE: Executing command line: dism /online /cleanup-image /restorehealth"), which
/// is what the user typed and what a finding should name.
/// </summary>
internal sealed class DismSession
{
    private const string Executing = "DISM.EXE: Executing command line:";

    /// <summary>The command line of the current session, if the log has shown it.</summary>
    public string? CommandLine { get; private set; }

    /// <summary>Counts sessions, so that rules can keep per-session state.</summary>
    public int Number { get; private set; }

    /// <summary>Sees a DISM entry; true when it started a new session.</summary>
    public bool Observe(LogEntry entry)
    {
        var text = entry.Text.AsSpan().TrimStart();
        if (!text.StartsWith("DISM.EXE:", StringComparison.Ordinal))
        {
            return false;
        }

        if (text.StartsWith(Executing, StringComparison.Ordinal))
        {
            CommandLine = Normalize(Words.FirstLine(text[Executing.Length..]));
        }
        else if (text.Contains("<----- Starting Dism.exe session", StringComparison.Ordinal))
        {
            CommandLine = null;
            Number++;
            return true;
        }

        return false;
    }

    /// <summary>The command as typed, with the runs of spaces dism.exe inserts after its own name collapsed.</summary>
    public static string Normalize(ReadOnlySpan<char> command)
    {
        var trimmed = command.Trim();
        return string.Join(' ', trimmed.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The value of an option such as <c>/source:</c> in the current command line.</summary>
    public string? Option(string name)
    {
        if (CommandLine is null)
        {
            return null;
        }

        var at = CommandLine.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = CommandLine.AsSpan(at + name.Length);
        var end = rest.IndexOf(" /", StringComparison.Ordinal);
        return (end < 0 ? rest : rest[..end]).Trim().ToString();
    }
}
