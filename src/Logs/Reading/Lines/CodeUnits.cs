using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Lines;

/// <summary>
/// Helpers for parsing lines held either as bytes (UTF-8 and the ASCII-compatible code pages, read without
/// decoding the whole file) or as characters (UTF-16, and everything read through a TextReader). The
/// parsers look only at ASCII (digits, separators, level and component names), which both forms hold
/// alike; only the message is decoded, once, into its string. The JIT compiles each form separately, so
/// the checks on <typeparamref name="T"/> cost nothing at run time.
/// </summary>
internal static class CodeUnits<T>
    where T : unmanaged, IBinaryInteger<T>
{
    /// <summary>The code unit at <paramref name="index"/> as a character (a byte of 0x80 or more is never ASCII).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char At(ReadOnlySpan<T> text, int index)
    {
        // Reinterpreted rather than converted through the generic math interfaces, which the JIT does not
        // always inline in a hot loop.
        ref readonly var unit = ref text[index];
        return typeof(T) == typeof(byte) ? (char)Unsafe.As<T, byte>(ref Unsafe.AsRef(in unit)) : Unsafe.As<T, char>(ref Unsafe.AsRef(in unit));
    }

    public static T Of(char c) => T.CreateTruncating(c);

    /// <summary>The span as a string, decoding bytes with <paramref name="encoding"/>.</summary>
    public static string ToString(ReadOnlySpan<T> text, Encoding encoding)
    {
        if (typeof(T) == typeof(char))
        {
            return new string(MemoryMarshal.Cast<T, char>(text));
        }

        // Bytes are read only for ASCII-compatible encodings, so ASCII text (nearly every log line) decodes as
        // Latin-1 does: one byte, one character, without the counting pass of a general decoder.
        var bytes = MemoryMarshal.Cast<T, byte>(text);
        return Ascii.IsValid(bytes) ? Encoding.Latin1.GetString(bytes) : encoding.GetString(bytes);
    }

    /// <summary>How many characters the span decodes to.</summary>
    public static int CharCount(ReadOnlySpan<T> text, Encoding encoding) =>
        typeof(T) == typeof(char) ? text.Length : encoding.GetCharCount(MemoryMarshal.Cast<T, byte>(text));

    /// <summary>Decodes the span into <paramref name="destination"/>, which has room for <see cref="CharCount"/> characters.</summary>
    public static int CopyTo(ReadOnlySpan<T> text, Span<char> destination, Encoding encoding)
    {
        if (typeof(T) == typeof(char))
        {
            MemoryMarshal.Cast<T, char>(text).CopyTo(destination);
            return text.Length;
        }

        return encoding.GetChars(MemoryMarshal.Cast<T, byte>(text), destination);
    }

    /// <summary>The span without trailing spaces, tabs and NUL characters.</summary>
    public static ReadOnlySpan<T> TrimEnd(ReadOnlySpan<T> text)
    {
        var end = text.Length;
        while (end > 0 && At(text, end - 1) is ' ' or '\t' or '\0')
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>True when the span holds only spaces, tabs and NUL characters.</summary>
    public static bool IsBlank(ReadOnlySpan<T> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i) is not (' ' or '\t' or '\0'))
            {
                return false;
            }
        }

        return true;
    }

    public static int SkipSpaces(ReadOnlySpan<T> text, int position)
    {
        while (position < text.Length && At(text, position) == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>Reads <paramref name="count"/> ASCII digits at <paramref name="start"/>.</summary>
    public static bool TryDigits(ReadOnlySpan<T> text, int start, int count, out int value)
    {
        value = 0;
        if (start < 0 || start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var digit = At(text, i) - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>
    /// <c>yyyy-MM-dd HH:mm:ss</c> at the start of <paramref name="text"/>, the date parts separated by '-' or
    /// (when <paramref name="slashToo"/>) '/'; false for a shape that does not fit or a date that does not exist.
    /// </summary>
    public static bool TryDateTime(ReadOnlySpan<T> text, bool slashToo, out DateTime value)
    {
        value = default;
        if (text.Length < 19)
        {
            return false;
        }

        var separator = At(text, 4);
        if (!(separator == '-' || (slashToo && separator == '/'))
            || At(text, 7) != separator
            || At(text, 10) != ' '
            || At(text, 13) != ':'
            || At(text, 16) != ':'
            || !TryDigits(text, 0, 4, out var year)
            || !TryDigits(text, 5, 2, out var month)
            || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour)
            || !TryDigits(text, 14, 2, out var minute)
            || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        return LogTimestamps.TryCreate(year, month, day, hour, minute, second, out value);
    }
}
