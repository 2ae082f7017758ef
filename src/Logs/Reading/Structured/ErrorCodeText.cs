namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// Finds error codes in SetupDiag's free text the way it writes them: <c>0x8007000D</c>, <c>8007000D</c> (exactly
/// eight hex digits without the prefix, so that a decimal is never taken for hex), with a setup extend code
/// <c>0x8007000D-0x2000C</c> or <c>0x8007001F - 0x50015</c>. Only where the code is: the value a field then holds
/// is the code as written, for a rule to read as a number.
/// </summary>
internal static class ErrorCodeText
{
    /// <summary>The facility bits Windows uses to wrap a Win32 error code in an HRESULT (HRESULT_FROM_WIN32).</summary>
    private const uint Win32Facility = 0x80070000;

    /// <summary>
    /// A code at the start of <paramref name="text"/> after optional spaces, with its extend code (0 when none), and
    /// how many characters the code and its extend code take, leading spaces included.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out uint code, out uint extend, out int length)
    {
        extend = 0;
        if (!TryReadCode(text, out code, out length))
        {
            return false;
        }

        var rest = text[length..];
        var spaces = rest.Length - rest.TrimStart(' ').Length;
        rest = rest[spaces..];
        if (rest.Length > 1 && rest[0] == '-' && TryReadCode(rest[1..], out var extended, out var used))
        {
            extend = extended;
            length += spaces + 1 + used;
        }

        return true;
    }

    /// <summary>The code as the same failure in the logs says it: a bare Win32 code (<c>Err = 0x00000057</c>) as its HRESULT.</summary>
    public static uint AsHResult(uint code) =>
        code == 0 || (code & 0x80000000) != 0 ? code : (code & 0xFFFF) | Win32Facility;

    /// <summary>A code at the start of <paramref name="text"/> after optional spaces, without looking for an extend code.</summary>
    public static bool TryReadCode(ReadOnlySpan<char> text, out uint code, out int length)
    {
        code = 0;
        length = 0;
        var start = text.Length - text.TrimStart(' ').Length;
        var rest = text[start..];
        if (rest.Length > 2 && rest[0] == '0' && rest[1] is 'x' or 'X')
        {
            var digits = HexRun(rest[2..], 8);
            if (digits == 0)
            {
                return false;
            }

            code = uint.Parse(rest.Slice(2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
            length = start + 2 + digits;
            return true;
        }

        // Without a prefix only a full 8-digit code counts, and it must end there (not a longer hex or a word).
        if (HexRun(rest, 9) != 8)
        {
            return false;
        }

        code = uint.Parse(rest[..8], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
        length = start + 8;
        return true;
    }

    private static int HexRun(ReadOnlySpan<char> text, int max)
    {
        var count = 0;
        while (count < text.Length && count < max && char.IsAsciiHexDigit(text[count]))
        {
            count++;
        }

        return count;
    }
}
