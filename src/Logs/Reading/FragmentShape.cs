namespace WuToolkit.Logs.Reading;

/// <summary>
/// How text pasted into a ticket or a mail wraps the log lines it quotes: e-mail or Markdown quote marks
/// (<c>&gt; </c>, <c>&gt; &gt; </c>), Markdown code fences (<c>```</c>, <c>```log</c>, <c>~~~</c>) and an indentation
/// every quoted line shares. Found from the first lines of text whose name says nothing, and taken off every line
/// before the kind is told and the entries are read, so that a CBS excerpt inside a Markdown quote reads as CBS.log.
/// </summary>
/// <param name="QuoteDepth">How many <c>&gt;</c> marks start every quoted line.</param>
/// <param name="Indent">How many spaces or tabs every line shares after the marks.</param>
/// <param name="Fences">True when Markdown fences are to be dropped.</param>
internal sealed record FragmentShape(int QuoteDepth, int Indent, bool Fences)
{
    private const int SampleLines = 200;

    /// <summary>The shape of <paramref name="head"/>, or null when its lines are not wrapped at all (a log as Windows writes it).</summary>
    public static FragmentShape? Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        int quoted = 0, lines = 0, fences = 0, depth = int.MaxValue, indent = int.MaxValue;
        foreach (var range in head.AsSpan().Split('\n'))
        {
            var line = head.AsSpan(range).TrimEnd("\r\0");
            if (line.Trim(" \t").IsEmpty)
            {
                continue;
            }

            if (++lines > SampleLines)
            {
                break;
            }

            var marks = Quotes(line, out var rest);
            if (marks > 0)
            {
                quoted++;
            }

            if (IsFence(rest))
            {
                fences++;
                continue;
            }

            if (rest.Trim(" \t").IsEmpty)
            {
                continue;
            }

            depth = Math.Min(depth, marks);
            indent = Math.Min(indent, rest.Length - rest.TrimStart(" \t").Length);
        }

        if (lines == 0 || depth == int.MaxValue)
        {
            return null;
        }

        // Quote marks count only when every line has them (a log line never starts with '>'); an indentation only when
        // every line shares it, which a log's own first column never does.
        var shape = new FragmentShape(quoted == lines ? depth : 0, indent, fences > 0);
        return shape is { QuoteDepth: 0, Indent: 0, Fences: false } ? null : shape;
    }

    /// <summary>One line without the wrapping; a fence line becomes null (dropped).</summary>
    public string? Apply(ReadOnlySpan<char> line)
    {
        var rest = line;
        for (var i = 0; i < QuoteDepth; i++)
        {
            var at = rest.TrimStart(' ');
            if (at.IsEmpty || at[0] != '>')
            {
                break;
            }

            rest = at[1..];
            if (!rest.IsEmpty && rest[0] == ' ')
            {
                rest = rest[1..];
            }
        }

        if (Fences && IsFence(rest))
        {
            return null;
        }

        var skip = 0;
        while (skip < Indent && skip < rest.Length && rest[skip] is ' ' or '\t')
        {
            skip++;
        }

        return rest[skip..].ToString();
    }

    /// <summary>The text without the wrapping, line by line.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if (Apply(text.AsSpan(range).TrimEnd('\r')) is { } kept)
            {
                lines.Add(kept);
            }
        }

        return string.Join('\n', lines);
    }

    private static int Quotes(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
    {
        var marks = 0;
        rest = line;
        while (true)
        {
            var at = rest.TrimStart(' ');
            if (at.IsEmpty || at[0] != '>' || rest.Length - at.Length > 3)
            {
                return marks;
            }

            marks++;
            rest = at[1..];
            if (!rest.IsEmpty && rest[0] == ' ')
            {
                rest = rest[1..];
            }
        }
    }

    private static bool IsFence(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        return (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            && !trimmed.TrimStart("`~").ContainsAny(' ', '\t');
    }
}
