using System.Globalization;
using System.Text;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// How many terminal columns text takes, as wcwidth counts them: East Asian Wide and Fullwidth characters (kanji, kana,
/// full-width punctuation and forms, Hangul) take two, combining marks and format characters none, the rest one. Written
/// here rather than taken from the table library, so that the tests check the library's arithmetic, not repeat it.
/// </summary>
internal static class EastAsianWidth
{
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Columns(rune);
        }

        return columns;
    }

    /// <summary>The column at which each occurrence of any of <paramref name="marks"/> starts.</summary>
    public static IReadOnlyList<int> ColumnsOf(string line, string marks)
    {
        var found = new List<int>();
        var column = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (rune.IsBmp && marks.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                found.Add(column);
            }

            column += Columns(rune);
        }

        return found;
    }

    private static int Columns(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                return 0;
            case UnicodeCategory.Control:
                return 0;
        }

        var value = rune.Value;
        return value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD)
            ? 2
            : 1;
    }
}
