using System.Text;

namespace WuToolkit.Logs.Reading.Encodings;

/// <summary>An encoding chosen for a file, and how many bytes of byte order mark to skip.</summary>
/// <param name="Encoding">Decodes the text; never throws (invalid bytes become U+FFFD).</param>
/// <param name="PreambleLength">Bytes of byte order mark at the start of the file.</param>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength);
