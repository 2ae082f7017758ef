using System.Text;

namespace WuToolkit.Host.Reports.Bundle;

/// <summary>
/// The end of a log, read in constant memory: where to start so that at most a given number of bytes is taken, on a
/// line's start; and the log's encoding (UTF-16 with or without a byte order mark, else UTF-8, which the legacy code
/// pages' ASCII shares), so that redaction reads what the text says.
/// </summary>
internal static class LogTail
{
    /// <summary>Opens the file, at the start of the first whole line within its last <paramref name="cap"/> bytes.</summary>
    public static (FileStream Stream, long Start, Encoding Encoding, bool Truncated) Open(string path, long cap)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
        try
        {
            var encoding = Detect(stream);
            var length = stream.Length;
            if (length <= cap)
            {
                stream.Position = 0;
                return (stream, 0, encoding, false);
            }

            var wide = encoding is UnicodeEncoding;
            var start = length - cap;
            if (wide && start % 2 != 0)
            {
                start++;
            }

            stream.Position = start;
            start = SkipToNextLine(stream, wide);
            stream.Position = start;
            return (stream, start, encoding, true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static Encoding Detect(FileStream stream)
    {
        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..read];
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        // UTF-16 without a mark: ASCII text has a zero in every other byte.
        return head.Length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0 ? new UnicodeEncoding(false, false) : new UTF8Encoding(false);
    }

    private static long SkipToNextLine(FileStream stream, bool wide)
    {
        var buffer = new byte[64 * 1024];
        var position = stream.Position;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i += wide ? 2 : 1)
            {
                if (buffer[i] == (byte)'\n' && (!wide || (i + 1 < read && buffer[i + 1] == 0)))
                {
                    return position + i + (wide ? 2 : 1);
                }
            }

            position += read;
        }

        return position;
    }
}
