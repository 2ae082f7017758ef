namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// The executable inside a service's ImagePath, the way the service control manager writes it:
/// <c>"C:\Program Files\X\x.exe" -s</c>, <c>C:\WINDOWS\system32\svchost.exe -k netsvcs -p</c>,
/// <c>\SystemRoot\System32\drivers\x.sys</c>, <c>system32\DRIVERS\x.sys</c>, <c>\??\C:\x.sys</c>, <c>%SystemRoot%\x.exe</c>.
/// Pure text work, so it is tested on every OS.
/// </summary>
public static class ServiceImagePath
{
    /// <summary>The executable's full path, or null when the text names none.</summary>
    /// <param name="imagePath">The ImagePath value.</param>
    /// <param name="windowsDirectory">Such as <c>C:\WINDOWS</c>.</param>
    /// <param name="expand">Expands environment variables (Environment.ExpandEnvironmentVariables on Windows).</param>
    public static string? Executable(string? imagePath, string windowsDirectory, Func<string, string> expand)
    {
        ArgumentNullException.ThrowIfNull(windowsDirectory);
        ArgumentNullException.ThrowIfNull(expand);
        var text = imagePath?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string path;
        if (text[0] == '"')
        {
            var close = text.IndexOf('"', 1);
            path = close > 1 ? text[1..close] : text[1..];
        }
        else
        {
            // Unquoted: the path ends at the first ".exe"/".sys" followed by a space or the end (paths with spaces
            // and no quotes are a classic misconfiguration, still run by the SCM this way).
            var end = EndOfExecutable(text);
            path = end > 0 ? text[..end] : text.Split(' ', 2)[0];
        }

        path = expand(path);
        if (path.StartsWith(@"\??\", StringComparison.Ordinal))
        {
            path = path[4..];
        }

        if (path.StartsWith(@"\SystemRoot\", StringComparison.OrdinalIgnoreCase))
        {
            path = windowsDirectory.TrimEnd('\\') + path[11..];
        }
        else if (path.StartsWith(@"system32\", StringComparison.OrdinalIgnoreCase) || path.StartsWith(@"SysWOW64\", StringComparison.OrdinalIgnoreCase))
        {
            path = windowsDirectory.TrimEnd('\\') + "\\" + path;
        }

        return path.Length == 0 ? null : path;
    }

    private static int EndOfExecutable(string text)
    {
        foreach (var extension in (string[])[".exe", ".sys", ".dll"])
        {
            var at = 0;
            while ((at = text.IndexOf(extension, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + extension.Length;
                if (end == text.Length || text[end] == ' ')
                {
                    return end;
                }

                at = end;
            }
        }

        return -1;
    }
}
