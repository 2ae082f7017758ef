namespace WuToolkit.Plugins.Logs;

/// <summary>Driver file names in a line of text: <c>nvlddmkm.sys</c>, <c>oem12.inf</c>, <c>netrtwlanu.inf</c>.</summary>
internal static class DriverFiles
{
    /// <summary>Files with a driver's extension that are not drivers.</summary>
    private static readonly string[] NotDrivers = ["pagefile.sys", "hiberfil.sys", "swapfile.sys", "tmpgfile.sys"];

    public static IEnumerable<string> In(ReadOnlySpan<char> text)
    {
        var names = new List<string>();
        Collect(text, ".sys", names);
        Collect(text, ".inf", names);
        return names;
    }

    private static void Collect(ReadOnlySpan<char> text, string extension, List<string> names)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(extension, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return;
            }

            at += from;
            var end = at + extension.Length;
            from = end;
            if (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                continue;
            }

            var start = at;
            while (start > 0 && IsNameChar(text[start - 1]))
            {
                start--;
            }

            var name = text[start..end].TrimStart('.');
            if (name.Length > extension.Length && !IsNotDriver(name))
            {
                names.Add(name.ToString());
            }
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static bool IsNotDriver(ReadOnlySpan<char> name)
    {
        foreach (var known in NotDrivers)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
