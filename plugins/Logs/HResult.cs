using System.Globalization;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Reads error codes in every form the update logs write them: <c>0x800f081f</c>, <c>800F081F</c>,
/// <c>[8024402C]</c>, <c>hr = 80072ee2</c>, <c>HRESULT=80070BC9</c>, <c>(hr:0x80070bc9)</c>,
/// <c>Error = 0x8007000D-0x2000C</c>, <c>gle=0x00000570</c> and, where the caller knows the number is a Win32
/// code, decimal <c>Error: 127</c>. Everything works on spans: rules call this for every candidate line of
/// multi-gigabyte logs, so nothing here allocates.
/// </summary>
internal static class HResult
{
    /// <summary>The facility bits Windows uses to wrap a Win32 error code in an HRESULT (HRESULT_FROM_WIN32).</summary>
    private const uint Win32Facility = 0x80070000;

    /// <summary>True for an HRESULT that reports a failure (the severity bit is set).</summary>
    public static bool IsFailure(uint code) => (code & 0x80000000) != 0;

    /// <summary>The code as Windows prints it in its own messages: <c>0x8024402C</c>.</summary>
    public static string Format(uint code) => "0x" + code.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>HRESULT_FROM_WIN32: a Win32 error (such as 1392 or 0x570) as the HRESULT the logs pair it with.</summary>
    public static uint FromWin32(uint win32) =>
        win32 == 0 || IsFailure(win32) ? win32 : (win32 & 0xFFFF) | Win32Facility;

    /// <summary>
    /// An NTSTATUS that wraps a Win32 error (facility 7, as CSI's NTSTATUS_FROM_WIN32 writes them) as the
    /// matching HRESULT; other NTSTATUS values stay as they are.
    /// </summary>
    public static uint FromNtStatus(uint status) =>
        (status & 0xFFFF0000) == 0xC0070000 ? (status & 0xFFFF) | Win32Facility : status;

    /// <summary>
    /// Reads the code that follows <paramref name="marker"/> (such as <c>hr = </c> or <c>Error: </c>), skipping
    /// spaces. With a <c>0x</c> prefix any 1–8 hex digits count; without one exactly 8 hex digits must follow, so
    /// that a decimal such as <c>Error: 127</c> is never taken for hex.
    /// </summary>
    public static bool TryFindAfter(ReadOnlySpan<char> text, string marker, out uint code)
    {
        code = 0;
        var rest = text;
        while (true)
        {
            // A marker may also appear in plain words first ("error = none"); the next one may carry the code.
            var at = rest.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + marker.Length)..];
            if (TryParseAt(rest, out code, out _))
            {
                return true;
            }
        }
    }

    /// <summary>Reads a code at the start of <paramref name="text"/> after optional spaces: <c>0x…</c> or 8 hex digits.</summary>
    public static bool TryParseAt(ReadOnlySpan<char> text, out uint code, out int consumed)
    {
        code = 0;
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var rest = text[start..];
        if (rest.Length > 2 && rest[0] == '0' && (rest[1] == 'x' || rest[1] == 'X'))
        {
            var digits = HexRun(rest[2..], 8);
            if (digits == 0)
            {
                consumed = 0;
                return false;
            }

            code = uint.Parse(rest.Slice(2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            consumed = start + 2 + digits;
            return true;
        }

        // Without a prefix only a full 8-digit code counts, and it must end there (not a longer hex or word).
        if (HexRun(rest, 9) == 8)
        {
            code = uint.Parse(rest[..8], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            consumed = start + 8;
            return true;
        }

        consumed = 0;
        return false;
    }

    /// <summary>The Windows Update agent's <c>*FAILED* [8024402C]</c>: the first bracketed 8-digit code.</summary>
    public static bool TryFindBracketed(ReadOnlySpan<char> text, out uint code)
    {
        code = 0;
        var at = text.IndexOf("*FAILED* [", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + "*FAILED* [".Length)..];
        return rest.Length > 8 && rest[8] == ']' && TryParseAt(rest[..8], out code, out _);
    }

    /// <summary>A <c>gle=0x00000570</c> suffix: the thread's last Win32 error, as an HRESULT.</summary>
    public static bool TryFindGle(ReadOnlySpan<char> text, out uint code)
    {
        if (TryFindAfter(text, "gle=", out var raw))
        {
            code = FromWin32(raw);
            return true;
        }

        code = 0;
        return false;
    }

    /// <summary>
    /// A result with its setup extend code, as Setup and SetupDiag write them: <c>0x8007000D-0x2000C</c>,
    /// <c>0x8007001F - 0x50015</c>, <c>0xC1900101-0x40017</c>. The extend code is 0 when absent.
    /// </summary>
    public static bool TryParseWithExtend(ReadOnlySpan<char> text, out uint result, out uint extend)
    {
        extend = 0;
        if (!TryParseAt(text, out result, out var used))
        {
            return false;
        }

        var rest = text[used..].TrimStart(' ');
        if (rest.Length > 1 && rest[0] == '-' && TryParseAt(rest[1..], out var extended, out _))
        {
            extend = extended;
        }

        return true;
    }

    /// <summary>
    /// A decimal Win32 error code such as the <c>127</c> of <c>Error: 127</c> or the <c>1392</c> of
    /// <c>GLE [1392]</c>, as an HRESULT. Only for places where the log's own words say the number is a Win32 code.
    /// </summary>
    public static bool TryParseWin32Decimal(ReadOnlySpan<char> text, out uint code)
    {
        code = 0;
        var trimmed = text.TrimStart(' ');
        var digits = 0;
        while (digits < trimmed.Length && digits < 6 && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits == 0 || (digits < trimmed.Length && char.IsAsciiHexDigit(trimmed[digits])))
        {
            return false;
        }

        code = FromWin32(uint.Parse(trimmed[..digits], NumberStyles.None, CultureInfo.InvariantCulture));
        return code != 0;
    }

    /// <summary>How many hex digits start <paramref name="text"/>, counting at most <paramref name="max"/>.</summary>
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
