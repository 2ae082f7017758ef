using System.Globalization;
using System.Text;

namespace WuToolkit.Host.Output;

/// <summary>How many terminal columns text takes: East Asian Wide and Fullwidth characters (kanji, kana, full-width
/// forms, Hangul) two, combining marks, format and control characters none, the rest one, as wcwidth counts.</summary>
public static class TerminalColumns
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Of(rune);
        }

        return columns;
    }

    private static int Of(Rune rune)
    {
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }

        return rune.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD)
            ? 2
            : 1;
    }
}
