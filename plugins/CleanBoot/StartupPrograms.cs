namespace WuToolkit.Plugins.CleanBoot;

/// <summary>
/// Tells Windows' and Microsoft's own startup programs from others'. A startup item records no publisher, only the
/// command it runs, so the program's location decides: under the Windows folder, or in a folder of Microsoft's own
/// (<c>…\Microsoft\OneDrive\…</c>, <c>…\Microsoft\Edge\…</c>, <c>…\Windows Defender\…</c>); a bare program name is
/// found in the Windows folder. A script or DLL host
/// from the Windows folder (rundll32, wscript…) runs whatever its arguments name, so those paths decide for it.
/// </summary>
internal static class StartupPrograms
{
    private static readonly string[] Hosts =
        ["rundll32.exe", "regsvr32.exe", "cmd.exe", "powershell.exe", "pwsh.exe", "wscript.exe", "cscript.exe", "mshta.exe", "conhost.exe", "explorer.exe"];

    private static readonly string[] MicrosoftFolders = [@"\Microsoft\", @"\Microsoft ", @"\Windows Defender\", @"\WindowsApps\Microsoft"];

    private static readonly string[] WindowsFolders = ["%windir%", "%systemroot%", @":\Windows\"];

    /// <summary>Whether the command starts a program of Windows or Microsoft.</summary>
    public static bool IsMicrosoft(string command)
    {
        var (program, arguments) = Split(command);
        if (program.Length == 0)
        {
            return false;
        }

        if (!IsWindows(program))
        {
            return IsMicrosoftFolder(program);
        }

        var name = program[(program.LastIndexOfAny(['\\', '/']) + 1)..];
        if (!Hosts.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        // A host: every path its arguments name must be Windows' or Microsoft's (none: it runs something of Windows').
        return Paths(arguments).All(path => IsWindows(path) || IsMicrosoftFolder(path));
    }

    // The driver store sits in the Windows folder but holds the drivers' makers' own programs (audio and touchpad tools).
    private static bool IsWindows(string path) =>
        !path.Contains(@"\DriverStore\", StringComparison.OrdinalIgnoreCase)
        && (WindowsFolders.Any(folder => path.Contains(folder, StringComparison.OrdinalIgnoreCase)) || path.IndexOfAny(['\\', '/', ':']) < 0);

    private static bool IsMicrosoftFolder(string path) => MicrosoftFolders.Any(folder => path.Contains(folder, StringComparison.OrdinalIgnoreCase));

    /// <summary>The program (unquoted) and the rest of the command.</summary>
    private static (string Program, string Arguments) Split(string command)
    {
        var text = command.Trim();
        if (text.StartsWith('"'))
        {
            var end = text.IndexOf('"', 1);
            return end < 0 ? (text[1..], "") : (text[1..end], text[(end + 1)..]);
        }

        // Unquoted: the program ends at its extension (paths with spaces are often written unquoted in Run keys).
        var exe = text.IndexOf(".exe", StringComparison.OrdinalIgnoreCase);
        if (exe >= 0)
        {
            return (text[..(exe + 4)], text[(exe + 4)..]);
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..]);
    }

    /// <summary>The words of the arguments that look like paths (a drive, a share or an environment variable).</summary>
    private static IEnumerable<string> Paths(string arguments) =>
        arguments
            .Split([' ', '"', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Contains(@":\", StringComparison.Ordinal) || word.StartsWith(@"\\", StringComparison.Ordinal) || word.StartsWith('%'));
}
