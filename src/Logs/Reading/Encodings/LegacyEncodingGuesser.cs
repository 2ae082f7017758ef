using System.Text;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Encodings;

/// <summary>
/// Chooses a legacy (ANSI) code page for bytes that are not UTF-8 or UTF-16. Windows writes its own logs in
/// UTF-8 or UTF-16, so legacy text comes from consoles and old tools; the choice is kept simple on purpose:
/// <list type="bullet">
/// <item>Windows-1252 (Western European ANSI) unless the text is plainly East Asian. In Western text a byte of
/// 0x80 or more stands alone between ASCII letters; in Chinese and Japanese text such bytes come in pairs.</item>
/// <item>When at least half of the high bytes pair up with another high byte, the text is double-byte, and the
/// code page whose characteristic pairs are more frequent wins: GBK (code page 936: lead and trail in
/// 0xA1–0xFE, the GB2312 area) or Shift-JIS (code page 932: leads 0x81–0x9F and 0xE0–0xEF, hiragana and
/// kanji). A candidate whose structure is broken by more than one byte in a hundred is not chosen.</item>
/// <item>Shift-JIS whose trail bytes are mostly ASCII (katakana paths such as フォルダー) has few high-high pairs; it is
/// still chosen when every high byte fits Shift-JIS and its characters come in runs, as Japanese words do.</item>
/// </list>
/// OEM console code pages (850, 437, 866) cannot be told from 1252 by their bytes; a caller who knows the
/// text came from such a console passes the encoding in <see cref="LogReadOptions.Encoding"/>. Byte 0x85 is
/// "…" in 1252 and "à" in 850, never a line break: lines end only at CR and LF.
/// </summary>
internal static class LegacyEncodingGuesser
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        // The code pages beyond Latin-1 live in the shared framework but are not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>A Windows code page, such as 1252, 850, 932 or 936, that replaces invalid bytes instead of throwing.</summary>
    public static Encoding CodePage(int codePage)
    {
        _ = Registered.Value;
        return Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    public static Encoding Guess(ReadOnlySpan<byte> head)
    {
        var high = 0;
        var highPairs = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] < 0x80)
            {
                continue;
            }

            if (i + 1 < head.Length && head[i + 1] >= 0x80)
            {
                highPairs++;
                high += 2;
                i++;
            }
            else
            {
                high++;
            }
        }

        // Fewer than half of the high bytes sit in high-high pairs: single accented letters, so Western, unless they are
        // Shift-JIS whose trail bytes are ASCII (most katakana and many kanji: フォルダー is 83 74 83 48 83 8B 83 5F 81 5B).
        if (high == 0 || highPairs * 2 < high / 2)
        {
            return high > 0 && IsShiftJisText(head, high) ? CodePage(932) : CodePage(1252);
        }

        var (gbk, gbkErrors) = ScoreGbk(head);
        var (shiftJis, shiftJisErrors) = ScoreShiftJis(head);
        var tolerated = Math.Max(1, high / 100);
        if (gbk >= shiftJis && gbk > 0 && gbkErrors <= tolerated)
        {
            return CodePage(936);
        }

        if (shiftJis > 0 && shiftJisErrors <= tolerated)
        {
            return CodePage(932);
        }

        return gbkErrors <= tolerated && gbk > 0 ? CodePage(936) : CodePage(1252);
    }

    /// <summary>
    /// Shift-JIS text among ASCII: every high byte fits the Shift-JIS structure (one error in a hundred at most), and its
    /// double-byte characters come in runs, as Japanese words do (山田, フォルダー). An accented Western letter read as
    /// Shift-JIS stands alone, and one before a space or punctuation breaks the structure.
    /// </summary>
    private static bool IsShiftJisText(ReadOnlySpan<byte> bytes, int high)
    {
        int pairs = 0, following = 0, errors = 0;
        var previous = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                previous = false;
                continue;
            }

            if (lead is >= 0xA1 and <= 0xDF)
            {
                previous = true; // a half-width katakana
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                break;
            }

            var trail = bytes[i + 1];
            if (lead is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) && trail is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC))
            {
                pairs++;
                following += previous ? 1 : 0;
                previous = true;
                i++;
            }
            else
            {
                errors++;
                previous = false;
            }
        }

        return errors <= Math.Max(1, high / 100) && pairs >= 2 && following * 2 >= pairs;
    }

    /// <summary>GBK: a lead 0x81–0xFE takes a trail 0x40–0xFE (not 0x7F). Characteristic: both in 0xA1–0xFE.</summary>
    private static (int Characteristic, int Errors) ScoreGbk(ReadOnlySpan<byte> bytes)
    {
        int characteristic = 0, errors = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                break; // cut by the sample's end
            }

            var trail = bytes[i + 1];
            if (lead is >= 0x81 and <= 0xFE && trail is >= 0x40 and <= 0xFE && trail != 0x7F)
            {
                characteristic += lead >= 0xA1 && trail >= 0xA1 ? 1 : 0;
                i++;
            }
            else
            {
                errors++;
            }
        }

        return (characteristic, errors);
    }

    /// <summary>
    /// Shift-JIS: 0xA1–0xDF are single half-width katakana; a lead 0x81–0x9F or 0xE0–0xFC takes a trail
    /// 0x40–0x7E or 0x80–0xFC. Characteristic: leads 0x81–0x9F and 0xE0–0xEF (kana and kanji).
    /// </summary>
    private static (int Characteristic, int Errors) ScoreShiftJis(ReadOnlySpan<byte> bytes)
    {
        int characteristic = 0, errors = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x80 || lead is >= 0xA1 and <= 0xDF)
            {
                continue;
            }

            if (i + 1 >= bytes.Length)
            {
                break;
            }

            var trail = bytes[i + 1];
            if (lead is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) && trail is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC))
            {
                characteristic += lead <= 0xEF ? 1 : 0;
                i++;
            }
            else
            {
                errors++;
            }
        }

        return (characteristic, errors);
    }
}
