using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// The first line of an entry in WindowsUpdate.log, in either of its formats:
/// <code>
/// 2023/05/22 11:38:54.1234567 1234  5678  Agent           message      (Get-WindowsUpdateLog, Windows 10 and later;
/// 2020-09-20 13:21:12.7703380 10524 16612 ComApi          message       the date follows the PC's locale)
/// 2016-09-09	10:11:12:123	 908	1234	Agent	message               (classic agent, Windows 7, Vista, 2008: tabs)
/// </code>
/// The process and thread ids are skipped; the component is the word after them; the format has no level,
/// so <c>Level</c> is empty (rules read <c>*FAILED*</c>, <c>WARNING:</c> and <c>FATAL:</c> in the text). In
/// the Get-WindowsUpdateLog format the component column is 16 wide and a message keeps its own indentation.
/// Every other line continues the entry before it.
/// </summary>
internal sealed class WindowsUpdateLineParser<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private const int ComponentWidth = 16;
    private readonly StringPool _pool;
    private readonly Encoding _encoding;
    private readonly T[] _lastStamp = new T[19];
    private DateTime _lastSecond;
    private bool _haveLast;

    public WindowsUpdateLineParser(StringPool pool, Encoding encoding)
    {
        _pool = pool;
        _encoding = encoding;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        if (line.Length < 20)
        {
            return false;
        }

        return At(line, 10) == '\t' ? TryClassic(line, out head) : TryModern(line, out head);
    }

    /// <summary>True when <paramref name="line"/> starts an entry (exactly when <see cref="TryParse"/> is), without reading
    /// its fraction of a second and component: for the lines the prefilter may skip.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsHead(ReadOnlySpan<T> line)
    {
        if (line.Length < 20)
        {
            return false;
        }

        return At(line, 10) == '\t'
            ? ClassicStamp(line, out _, out _)
            : At(line, 19) == '.' && line.Length > 20 && char.IsAsciiDigit(At(line, 20)) && TrySecond(line[..19], out _);
    }

    private static char At(ReadOnlySpan<T> text, int index) => CodeUnits<T>.At(text, index);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryModern(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        if (At(line, 19) != '.' || !TrySecond(line[..19], out var second))
        {
            return false;
        }

        var position = 20;
        var fraction = 0;
        var digits = 0;
        while (position < line.Length && char.IsAsciiDigit(At(line, position)) && digits < 7)
        {
            fraction = (fraction * 10) + (At(line, position) - '0');
            position++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        for (var scale = digits; scale < 7; scale++)
        {
            fraction *= 10;
        }

        while (position < line.Length && char.IsAsciiDigit(At(line, position)))
        {
            position++; // more than seven digits of fraction: beyond a tick, ignored
        }

        var time = LogTimestamps.AsLogTime(second.AddTicks(fraction));
        position = SkipNumber(line, CodeUnits<T>.SkipSpaces(line, position)); // process id
        position = SkipNumber(line, CodeUnits<T>.SkipSpaces(line, position)); // thread id
        var componentStart = CodeUnits<T>.SkipSpaces(line, position);
        var componentEnd = componentStart;
        while (componentEnd < line.Length && At(line, componentEnd) is not (' ' or '\t'))
        {
            componentEnd++;
        }

        var message = componentEnd;
        while (message < line.Length && message < componentStart + ComponentWidth && At(line, message) == ' ')
        {
            message++;
        }

        if (message == componentEnd && message < line.Length && At(line, message) is ' ' or '\t')
        {
            message++; // a component as wide as its column, then one space
        }

        head = new EntryHead(time, "", _pool.Get(line[componentStart..componentEnd], _encoding), message);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryClassic(ReadOnlySpan<T> line, out EntryHead head)
    {
        head = default;
        if (!ClassicStamp(line, out var value, out var millisecond))
        {
            return false;
        }

        // date, time, process id, thread id, component, message: the message is everything after the fifth tab.
        var rest = line[23..];
        var component = "";
        var message = line.Length;
        var field = 0;
        var fieldStart = 0;
        for (var i = 0; i <= rest.Length; i++)
        {
            if (i < rest.Length && At(rest, i) != '\t')
            {
                continue;
            }

            if (field == 3)
            {
                component = _pool.Get(Trim(rest[fieldStart..i]), _encoding);
                message = Math.Min(line.Length, 23 + i + 1);
                break;
            }

            field++;
            fieldStart = i + 1;
        }

        head = new EntryHead(LogTimestamps.AsLogTime(value.AddMilliseconds(millisecond)), "", component, message);
        return true;
    }

    /// <summary>The classic format's <c>2016-09-09	10:11:12:123</c>.</summary>
    private static bool ClassicStamp(ReadOnlySpan<T> line, out DateTime value, out int millisecond)
    {
        value = default;
        millisecond = 0;
        return line.Length >= 24
            && At(line, 4) == '-' && At(line, 7) == '-' && At(line, 13) == ':' && At(line, 16) == ':' && At(line, 19) == ':'
            && CodeUnits<T>.TryDigits(line, 0, 4, out var year)
            && CodeUnits<T>.TryDigits(line, 5, 2, out var month)
            && CodeUnits<T>.TryDigits(line, 8, 2, out var day)
            && CodeUnits<T>.TryDigits(line, 11, 2, out var hour)
            && CodeUnits<T>.TryDigits(line, 14, 2, out var minute)
            && CodeUnits<T>.TryDigits(line, 17, 2, out var second)
            && CodeUnits<T>.TryDigits(line, 20, 3, out millisecond)
            && LogTimestamps.TryCreate(year, month, day, hour, minute, second, out value);
    }

    private bool TrySecond(ReadOnlySpan<T> stamp, out DateTime second)
    {
        if (_haveLast && stamp.SequenceEqual(_lastStamp))
        {
            second = _lastSecond;
            return true;
        }

        if (!CodeUnits<T>.TryDateTime(stamp, slashToo: true, out second))
        {
            return false;
        }

        stamp.CopyTo(_lastStamp);
        _lastSecond = second;
        _haveLast = true;
        return true;
    }

    private static ReadOnlySpan<T> Trim(ReadOnlySpan<T> text)
    {
        var start = CodeUnits<T>.SkipSpaces(text, 0);
        return CodeUnits<T>.TrimEnd(text[start..]);
    }

    private static int SkipNumber(ReadOnlySpan<T> text, int position)
    {
        while (position < text.Length && char.IsAsciiDigit(At(text, position)))
        {
            position++;
        }

        return position;
    }
}
