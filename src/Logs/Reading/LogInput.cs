using System.Text;
using WuToolkit.Logs.Reading.Encodings;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// A log opened for reading: its first bytes sampled (to choose the encoding and, decoded, the kind), then
/// the rest of it from the start through fixed-size buffers, never more than the sample and the buffers in
/// memory whatever the file's size. Text in UTF-8 or an ASCII-compatible code page is read as bytes (see
/// <see cref="ReadsBytes"/>); UTF-16 and the XML, JSON and CSV readers go through <see cref="Text"/>.
/// </summary>
internal sealed class LogInput : IDisposable
{
    /// <summary>Decoding buffer, in bytes: large enough that a read is a few system calls per megabyte.</summary>
    private const int BufferBytes = 64 * 1024;

    private const string AsciiProbe = "\t\r\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private TextReader? _text;

    private LogInput(byte[] head, int headLength, DetectedEncoding encoding, Stream body)
    {
        Head = head.AsMemory(0, headLength);
        Encoding = encoding.Encoding;
        HeadText = encoding.Encoding.GetString(head, encoding.PreambleLength, headLength - encoding.PreambleLength);
        Body = body;
        ReadsBytes = IsAsciiCompatible(encoding.Encoding);
    }

    /// <summary>The first bytes of the file (at most <see cref="TextEncodingDetector.SampleBytes"/>).</summary>
    public ReadOnlyMemory<byte> Head { get; }

    public Encoding Encoding { get; }

    /// <summary>The sample, decoded: what kind detection reads.</summary>
    public string HeadText { get; private set; }

    /// <summary>The file's bytes from the start, byte order mark skipped.</summary>
    public Stream Body { get; }

    /// <summary>
    /// True when the encoding writes ASCII as single ASCII bytes (UTF-8, Windows code pages, GBK, Shift-JIS):
    /// then line ends and the columns of a log line can be found in the bytes, and only messages are decoded.
    /// </summary>
    public bool ReadsBytes { get; private set; }

    /// <summary>The wrapping of pasted text that is taken off every line, or null for a log as Windows writes it.</summary>
    public FragmentShape? Fragment { get; private set; }

    /// <summary>The whole file as text, byte order mark skipped, from the start.</summary>
    public TextReader Text => _text ??= new StreamReader(Body, Encoding, detectEncodingFromByteOrderMarks: false, BufferBytes, leaveOpen: true);

    /// <summary>Samples <paramref name="stream"/> and prepares to read it; does not dispose the stream.</summary>
    public static LogInput Open(Stream stream, Encoding? forced)
    {
        var head = new byte[TextEncodingDetector.SampleBytes];
        var length = 0;
        int read;
        while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0)
        {
            length += read;
        }

        var detected = TextEncodingDetector.Detect(head.AsSpan(0, length), wholeFile: length < head.Length);
        if (forced is not null)
        {
            // A byte order mark is skipped even when the caller names the encoding: it is never text.
            detected = new DetectedEncoding(forced, TextEncodingDetector.PreambleLength(head.AsSpan(0, length), out _));
        }

        var body = new ReplayStream(head.AsMemory(detected.PreambleLength, length - detected.PreambleLength), stream);
        return new LogInput(head, length, detected, body);
    }

    /// <summary>From now on, reads the text with <paramref name="shape"/>'s wrapping taken off (as characters, not bytes).</summary>
    public void Unwrap(FragmentShape shape, int maxLineChars)
    {
        ArgumentNullException.ThrowIfNull(shape);
        _text = new FragmentReader(Text, shape, maxLineChars);
        HeadText = shape.Apply(HeadText);
        ReadsBytes = false;
        Fragment = shape;
    }

    public void Dispose() => _text?.Dispose();

    private static bool IsAsciiCompatible(Encoding encoding)
    {
        if (encoding is UnicodeEncoding or UTF32Encoding)
        {
            return false;
        }

        try
        {
            return encoding.GetBytes(AsciiProbe).AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(AsciiProbe));
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
