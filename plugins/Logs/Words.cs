namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Picks names (files, packages, updates, drivers) out of log messages. Rules call these only once a line has
/// matched, so they may allocate the one string they return.
/// </summary>
internal static class Words
{
    /// <summary>Where a package name ends.</summary>
    private static readonly System.Buffers.SearchValues<char> PackageEnd = System.Buffers.SearchValues.Create(" ,'\"]\r\n");

    /// <summary>The text between <paramref name="start"/> and the next <paramref name="end"/> (or the line's end), trimmed.</summary>
    public static string? Between(ReadOnlySpan<char> text, string start, string end)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = FirstLine(text[(at + start.Length)..]);
        var stop = rest.IndexOf(end, StringComparison.Ordinal);
        var value = (stop < 0 ? rest : rest[..stop]).Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>The text after <paramref name="start"/> to the line's end, trimmed.</summary>
    public static string? After(ReadOnlySpan<char> text, string start)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var value = FirstLine(text[(at + start.Length)..]).Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>The first line of a message whose continuation lines were folded in.</summary>
    public static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    /// <summary>
    /// CSI's length-prefixed name after <paramref name="marker"/>: the <c>dnsapi.dll</c> of
    /// <c>[l:10]'dnsapi.dll'</c>.
    /// </summary>
    public static string? CsiName(ReadOnlySpan<char> text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = text[(at + marker.Length)..];
        var open = rest.IndexOf("]'", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        rest = rest[(open + 2)..];
        var close = rest.IndexOf('\'');
        return close <= 0 ? null : rest[..close].ToString();
    }

    /// <summary>The last segment of a Windows path (<c>\??\C:\Windows\System32\\dnsapi.dll</c> gives <c>dnsapi.dll</c>).</summary>
    public static string FileName(ReadOnlySpan<char> path)
    {
        var trimmed = path.Trim().TrimEnd('\\');
        var slash = trimmed.LastIndexOf('\\');
        return (slash < 0 ? trimmed : trimmed[(slash + 1)..]).ToString();
    }

    /// <summary>A servicing package name such as <c>Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8</c>.</summary>
    public static string? Package(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("Package_", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = text[at..];
        var end = rest.IndexOfAny(PackageEnd);
        return (end < 0 ? rest : rest[..end]).TrimEnd('.').ToString();
    }

    /// <summary>A Knowledge Base article number such as <c>KB5012170</c>, if the text names one.</summary>
    public static string? KbArticle(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf("KB", StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            at += from;
            var digits = 0;
            while (at + 2 + digits < text.Length && char.IsAsciiDigit(text[at + 2 + digits]))
            {
                digits++;
            }

            if (digits is >= 6 and <= 8)
            {
                return text.Slice(at, 2 + digits).ToString();
            }

            from = at + 2;
        }

        return null;
    }

    /// <summary>
    /// A Windows Update update id: a GUID with its revision (<c>4E95DCBD-E67C-46AF-985B-F29D655C3480.1</c>), braces
    /// removed: the first GUID that the word "update" (updateId, UpdateID, update id) leads up to. Other GUIDs on
    /// the same lines are job, call and service ids.
    /// </summary>
    public static string? UpdateId(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 36 <= text.Length; i++)
        {
            if (!IsGuidAt(text, i) || (i > 0 && char.IsAsciiHexDigit(text[i - 1])))
            {
                continue;
            }

            var before = text[Math.Max(0, i - 14)..i];
            if (!before.Contains("pdate", StringComparison.OrdinalIgnoreCase))
            {
                i += 35;
                continue;
            }

            var end = i + 36;
            if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }
            }

            return text[i..end].ToString();
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is an update id as <see cref="UpdateId"/> returns them.</summary>
    public static bool IsUpdateId(string text) => text.Length >= 36 && IsGuidAt(text, 0);

    /// <summary>Whether <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c> starts at <paramref name="at"/>.</summary>
    private static bool IsGuidAt(ReadOnlySpan<char> text, int at)
    {
        for (var k = 0; k < 36; k++)
        {
            var c = text[at + k];
            var dash = k is 8 or 13 or 18 or 23;
            if (dash ? c != '-' : !char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
