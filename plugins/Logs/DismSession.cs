using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Follows the dism.exe sessions of a dism.log: each starts with "&lt;----- Starting Dism.exe session -----&gt;"
/// and names its command ("DISM.EXE: Executing command line: dism /online /cleanup-image /restorehealth"), which
/// is what the user typed and what a finding should name. Each session is an attempt (<see cref="Attempt"/>) of its
/// operation, the command without the options that only say how (a repair source, /LimitAccess, logging): a repair run
/// again with another source is the same operation, and its later run supersedes the earlier one.
/// </summary>
internal sealed class DismSession
{
    private const string Executing = "DISM.EXE: Executing command line:";

    /// <summary>The command line of the current session, if the log has shown it.</summary>
    public string? CommandLine { get; private set; }

    /// <summary>Counts sessions, so that rules can keep per-session state.</summary>
    public int Number { get; private set; }

    /// <summary>The entry that started the current session.</summary>
    public LogEntry? Start { get; private set; }

    /// <summary>The current session as an attempt of its operation, once its command line is known (else of "dism").</summary>
    public LogAttempt? Attempt => Start is null ? null : new LogAttempt { Operation = Operation(CommandLine), Line = Start.Line, Time = Start.Time };

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
            Start = entry;
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

    /// <summary>
    /// What a command does, the same however it was typed: "dism /online /cleanup-image /restorehealth" for
    /// "dism.exe  /Online /Cleanup-Image /RestoreHealth /Source:I:\sources\install.wim /LimitAccess".
    /// </summary>
    public static string Operation(string? commandLine)
    {
        if (commandLine is null)
        {
            return "dism";
        }

        var kept = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(word => word.ToLowerInvariant())
            // Every part of a DISM command is an option; other words are the rest of a path with a space in it.
            .Where(word => word.StartsWith('/') && !word.StartsWith("/source", StringComparison.Ordinal) && !word.StartsWith("/limit", StringComparison.Ordinal) &&
                           !word.StartsWith("/log", StringComparison.Ordinal) && !word.StartsWith("/scratchdir", StringComparison.Ordinal) &&
                           word is not ("/quiet" or "/norestart" or "/english" or "/all"));
        return string.Join(' ', kept.Prepend("dism"));
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
