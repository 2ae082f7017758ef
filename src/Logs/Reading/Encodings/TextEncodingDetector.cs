using System.Buffers;
using System.Text;

namespace WuToolkit.Logs.Reading.Encodings;

/// <summary>
/// Decides how a log's bytes are text, from the first bytes of the file:
/// <list type="number">
/// <item>a byte order mark: UTF-8, UTF-16LE or UTF-16BE;</item>
/// <item>no mark, but zero bytes in every other position: UTF-16LE or BE (PowerShell and some tools write
/// UTF-16 without a mark, and ASCII text in UTF-16 is half zeros);</item>
/// <item>valid UTF-8 (plain ASCII is), or UTF-8 with a few bad bytes among many good multi-byte
/// sequences (a log damaged in one place is still UTF-8): UTF-8;</item>
/// <item>otherwise a legacy code page, as <see cref="LegacyEncodingGuesser"/> decides (Windows-1252 unless the
/// bytes read as Chinese GBK or Japanese Shift-JIS).</item>
/// </list>
/// Every encoding returned replaces invalid input instead of throwing, so no byte sequence stops the reader.
/// </summary>
internal static class TextEncodingDetector
{
    /// <summary>How many bytes of the file decide the encoding (and, decoded, the kind of log).</summary>
    public const int SampleBytes = 64 * 1024;

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Utf16LittleEndian { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);

    public static Encoding Utf16BigEndian { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>Chooses the encoding of a file from its first bytes.</summary>
    /// <param name="head">Up to <see cref="SampleBytes"/> bytes from the start of the file.</param>
    /// <param name="wholeFile">True when <paramref name="head"/> is the whole file (so a cut character at its end is a real error).</param>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> head, bool wholeFile)
    {
        var preamble = PreambleLength(head, out var marked);
        if (marked is not null)
        {
            return new DetectedEncoding(marked, preamble);
        }

        if (Utf16ByZeros(head) is { } utf16)
        {
            return new DetectedEncoding(utf16, 0);
        }

        return new DetectedEncoding(LooksLikeUtf8(head, wholeFile) ? Utf8 : LegacyEncodingGuesser.Guess(head), 0);
    }

    /// <summary>The byte order mark's length and encoding, or 0 and null when there is none.</summary>
    public static int PreambleLength(ReadOnlySpan<byte> head, out Encoding? encoding)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            encoding = Utf8;
            return 3;
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            encoding = Utf16LittleEndian;
            return 2;
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            encoding = Utf16BigEndian;
            return 2;
        }

        encoding = null;
        return 0;
    }

    /// <summary>
    /// UTF-16 without a byte order mark, by the zero-byte pattern of its first 4 KiB: Latin text in UTF-16LE has
    /// a zero in most odd positions and almost none in even ones (BE the other way round). A run of NUL bytes
    /// (zeros in both positions) is not UTF-16.
    /// </summary>
    private static Encoding? Utf16ByZeros(ReadOnlySpan<byte> head)
    {
        var sample = head[..(Math.Min(head.Length, 4096) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs == 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        if (oddZeros * 4 > pairs && evenZeros * 8 < oddZeros)
        {
            return Utf16LittleEndian;
        }

        if (evenZeros * 4 > pairs && oddZeros * 8 < evenZeros)
        {
            return Utf16BigEndian;
        }

        return null;
    }

    private static bool LooksLikeUtf8(ReadOnlySpan<byte> head, bool wholeFile)
    {
        if (System.Text.Ascii.IsValid(head))
        {
            return true;
        }

        int multiByte = 0, invalid = 0;
        var rest = head;
        while (!rest.IsEmpty)
        {
            var ascii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            rest = rest[ascii..];
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else if (status == OperationStatus.NeedMoreData && !wholeFile)
            {
                // The sample ends inside a character: the rest of it is in the part not read yet.
                break;
            }
            else
            {
                invalid++;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return invalid == 0 || multiByte >= invalid * 4;
    }
}
