using System.Globalization;
using System.Text.RegularExpressions;

namespace WuToolkit.Host.Knowledge;

/// <summary>
/// Reads an error code the way people copy it: <c>0x8024402C</c>, <c>8024402c</c>, <c>-2145107924</c>,
/// <c>2149859372</c>, a symbolic name, or a setup result with its extend code (<c>0xC1900101-0x40017</c>). Brackets
/// and quotes that logs put around codes (<c>[8024402C]</c>) are ignored.
/// </summary>
public static partial class CodeParser
{
    /// <summary>Longer input is not a code, and need not be run through the patterns.</summary>
    private const int MaxLength = 128;

    /// <summary>The HRESULT that wraps Win32 error number n (HRESULT_FROM_WIN32).</summary>
    private const uint Win32Facility = 0x80070000;

    /// <summary>Reads <paramref name="input"/>; null when it is not a code (or a name no catalog knows).</summary>
    /// <param name="input">What the user typed.</param>
    /// <param name="resolveName">Finds the code of a symbolic name, case-insensitively; null when unknown.</param>
    public static CodeQuery? Parse(string input, Func<string, uint?> resolveName)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(resolveName);
        var text = Unwrap(input);
        if (text.Length is 0 or > MaxLength)
        {
            return null;
        }

        var pair = Pair().Match(text);
        if (pair.Success)
        {
            // Setup writes both halves in hex, with or without 0x.
            return new CodeQuery(input, Hex(pair.Groups["result"].Value), Hex(pair.Groups["extend"].Value));
        }

        if (Number(text) is { } value)
        {
            // A small number is a Win32 error (5, 1058, 0x422): what sc.exe, setup logs and exit codes print. Windows
            // reports the same failure as HRESULT_FROM_WIN32, which is where the catalogs know it.
            return value is > 0 and <= 0xFFFF
                ? new CodeQuery(input, Win32Facility | value, Win32Error: (int)value)
                : new CodeQuery(input, value);
        }

        return LooksLikeName(text) && resolveName(text) is { } code ? new CodeQuery(input, code) : null;
    }

    /// <summary>Whether <paramref name="input"/> looks like a symbolic name (WU_E_…, ERROR_…), so that an unknown one
    /// can be told apart from input that is not a code at all.</summary>
    public static bool LooksLikeName(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = Unwrap(input);
        return text.Length <= MaxLength && text.Contains('_', StringComparison.Ordinal) && Name().IsMatch(text);
    }

    private static string Unwrap(string input) => input.Trim().Trim('[', ']', '(', ')', '"', '\'', ',', ';', '.').Trim();

    private static uint? Number(string text)
    {
        if (PrefixedHex().Match(text) is { Success: true } prefixed)
        {
            return Hex(prefixed.Groups["digits"].Value);
        }

        if (SignedDecimal().IsMatch(text))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed) ? unchecked((uint)signed) : null;
        }

        // Bare digits: eight of them are the hex that logs print without 0x (80070005); any other count is decimal
        // (2149859372, or a Win32 error such as 1058). A letter makes it hex whatever the length.
        if (BareHex().IsMatch(text) && (text.Length == 8 || !text.All(char.IsAsciiDigit)))
        {
            return Hex(text);
        }

        return Decimal().IsMatch(text) && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unsigned) ? unsigned : null;
    }

    private static uint Hex(string digits)
    {
        var text = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? digits[2..] : digits;
        return uint.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<result>(0[xX])?[0-9a-fA-F]{1,8})\s*-\s*(?<extend>(0[xX])?[0-9a-fA-F]{1,8})$")]
    private static partial Regex Pair();

    [GeneratedRegex("^0[xX](?<digits>[0-9a-fA-F]{1,8})$")]
    private static partial Regex PrefixedHex();

    [GeneratedRegex("^-[0-9]{1,10}$")]
    private static partial Regex SignedDecimal();

    [GeneratedRegex("^[0-9a-fA-F]{1,8}$")]
    private static partial Regex BareHex();

    [GeneratedRegex("^[0-9]{1,10}$")]
    private static partial Regex Decimal();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Name();
}
