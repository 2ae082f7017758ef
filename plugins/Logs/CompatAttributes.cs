namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Reads one attribute out of a CompatData entry's text, which lists the XML element's attributes as
/// <c>Key=Value</c> pairs (<c>Inf=oem0.inf BlockMigration=True HasSignedBinaries=False</c>). Values may be quoted,
/// and an unquoted value runs to the next <c>Key=</c>, so names with spaces survive.
/// </summary>
internal static class CompatAttributes
{
    public static string? Get(ReadOnlySpan<char> text, string key)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(key, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            at += from;
            from = at + key.Length;
            var startsPair = at == 0 || text[at - 1] is ' ' or '\t' or ';' or ',' or '\n' or '"';
            if (!startsPair || from >= text.Length || text[from] != '=')
            {
                continue;
            }

            var value = text[(from + 1)..];
            if (value.Length > 0 && value[0] is '"' or '\'')
            {
                var close = value[1..].IndexOf(value[0]);
                return (close < 0 ? value[1..] : value[1..(close + 1)]).ToString();
            }

            return value[..ValueEnd(value)].Trim().TrimEnd(";,").ToString();
        }

        return null;
    }

    /// <summary>Where an unquoted value ends: at a line break, a separator, or the space before the next <c>Key=</c>.</summary>
    private static int ValueEnd(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\n' or '\r' or ';')
            {
                return i;
            }

            if (value[i] == ' ')
            {
                var next = i + 1;
                while (next < value.Length && (char.IsAsciiLetterOrDigit(value[next]) || value[next] == '_'))
                {
                    next++;
                }

                if (next > i + 1 && next < value.Length && value[next] == '=')
                {
                    return i;
                }
            }
        }

        return value.Length;
    }
}
