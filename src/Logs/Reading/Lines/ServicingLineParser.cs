using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// The first line of an entry in CBS.log, DISM.log, setupact.log and setuperr.log, which share one shape:
/// <code>
/// 2023-05-23 00:31:12, Info                  CBS    message
/// 2019-03-29 00:32:48, Error      [0x0606ae] IBS    message          (a message id in the level column)
/// 2020-09-18 21:56:48, Error                        message          (a blank component column)
/// 2023-05-23 00:28:32, Error                 SP         message      (indentation is the message's own)
/// </code>
/// Columns are fixed: 21 characters of timestamp and comma, a 22-wide level column, a 7-wide component
/// column, then the message; the parser reads them by position so that a blank component and an indented
/// message stay what they are, and falls back to words when a line does not keep to the columns. The level
/// column's message id (<c>[0x0606ae]</c>) identifies the message template and is dropped: the level is the
/// word before it. Lines such as <c>[6172.4860] Mounting new image.</c>, which the WIM library writes into
/// dism.log and setupact.log without a timestamp, are entries of their own with no time, level or component,
/// the whole line as text. Every other line is a continuation of the entry before it.
/// </summary>
internal sealed class ServicingLineParser<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private const int PrefixLength = 21;
    private const int LevelWidth = 22;
    private const int ComponentWidth = 7;
    private readonly StringPool _pool;
    private readonly Encoding _encoding;
    private readonly T[] _lastStamp = new T[19];
    private DateTimeOffset _lastTime;
    private bool _haveLast;

    public ServicingLineParser(StringPool pool, Encoding encoding)
    {
        _pool = pool;
        _encoding = encoding;
    }

    /// <summary>True when <paramref name="line"/> starts an entry (exactly when <see cref="TryParse"/> is), without reading
    /// its level and component: for the lines the prefilter may skip.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsHead(ReadOnlySpan<T> line) =>
        (line.Length >= PrefixLength - 1 && At(line, 19) == ',' && TryTime(line, out _)) || IsWimLine(line, out _);

    /// <summary>Reads the head of <paramref name="line"/>; false when it is a continuation line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        if (line.Length < PrefixLength - 1 || At(line, 19) != ',' || !TryTime(line, out var time))
        {
            return IsWimLine(line, out head);
        }

        var rest = line.Length > PrefixLength ? line[PrefixLength..] : [];
        var levelLength = 0;
        while (levelLength < rest.Length && char.IsAsciiLetter(At(rest, levelLength)))
        {
            levelLength++;
        }

        var level = _pool.Get(rest[..levelLength], _encoding);
        var position = CodeUnits<T>.SkipSpaces(rest, levelLength);
        if (position < rest.Length && At(rest, position) == '[')
        {
            var close = rest[position..].IndexOf(CodeUnits<T>.Of(']'));
            if (close is > 0 and < 16)
            {
                position = CodeUnits<T>.SkipSpaces(rest, position + close + 1);
            }
        }

        string component;
        int message;
        if (position >= LevelWidth && rest.Length >= LevelWidth)
        {
            // The columns are kept: the component is the word in its 7-wide column (or nothing), the message
            // starts after the column, keeping its own indentation.
            var columnEnd = Math.Min(rest.Length, LevelWidth + ComponentWidth);
            var column = rest[LevelWidth..columnEnd];
            var nameLength = 0;
            while (nameLength < column.Length && At(column, nameLength) is not (' ' or '\t'))
            {
                nameLength++;
            }

            var fillsColumn = nameLength == column.Length;
            if ((fillsColumn && rest.Length > columnEnd && At(rest, columnEnd) != ' ') || !CodeUnits<T>.IsBlank(column[nameLength..]))
            {
                // A component wider than the column, or something else than a word and padding.
                (component, message) = Words(rest, LevelWidth);
            }
            else
            {
                component = _pool.Get(column[..nameLength], _encoding);

                // A name that fills the column is followed by one space of its own.
                message = fillsColumn && rest.Length > columnEnd ? columnEnd + 1 : columnEnd;
            }
        }
        else
        {
            (component, message) = Words(rest, position);
        }

        head = new EntryHead(time, level, component, Math.Min(line.Length, PrefixLength + message));
        return true;
    }

    private static char At(ReadOnlySpan<T> text, int index) => CodeUnits<T>.At(text, index);

    /// <summary>
    /// Without the columns: a short upper-case word is the component (CBS, CSI, MOUPG, SP), anything else
    /// starts the message and the component is blank.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string Component, int Message) Words(ReadOnlySpan<T> rest, int position)
    {
        position = CodeUnits<T>.SkipSpaces(rest, position);
        var end = position;
        while (end < rest.Length && At(rest, end) is not (' ' or '\t'))
        {
            end++;
        }

        var word = rest[position..end];
        if (word.Length is > 0 and <= 12 && IsComponentName(word))
        {
            return (_pool.Get(word, _encoding), CodeUnits<T>.SkipSpaces(rest, end));
        }

        return ("", position);
    }

    private static bool IsComponentName(ReadOnlySpan<T> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = At(word, i);
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return char.IsAsciiLetterUpper(At(word, 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryTime(ReadOnlySpan<T> line, out DateTimeOffset time)
    {
        // Consecutive lines mostly share their second: compare the stamp before parsing it again.
        var stamp = line[..19];
        if (_haveLast && stamp.SequenceEqual(_lastStamp))
        {
            time = _lastTime;
            return true;
        }

        if (!CodeUnits<T>.TryDateTime(stamp, slashToo: true, out var parsed))
        {
            time = default;
            return false;
        }

        time = LogTimestamps.AsLogTime(parsed);
        stamp.CopyTo(_lastStamp);
        _lastTime = time;
        _haveLast = true;
        return true;
    }

    /// <summary><c>[pid.tid] text</c>, as the WIM library writes it.</summary>
    private static bool IsWimLine(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        if (line.Length < 5 || At(line, 0) != '[')
        {
            return false;
        }

        var i = 1;
        while (i < line.Length && char.IsAsciiDigit(At(line, i)))
        {
            i++;
        }

        if (i == 1 || i >= line.Length || At(line, i) != '.')
        {
            return false;
        }

        var afterDot = ++i;
        while (i < line.Length && char.IsAsciiDigit(At(line, i)))
        {
            i++;
        }

        if (i == afterDot || i >= line.Length || At(line, i) != ']')
        {
            return false;
        }

        head = new EntryHead(null, "", "", 0);
        return true;
    }
}
