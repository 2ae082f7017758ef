using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>What an answer to <c>Range: bytes=0-1023</c> says about the way to the server. Windows Update and BITS
/// download in ranges; a proxy or filter that answers with the whole file (200) or another range breaks them.</summary>
internal static class RangeAnswer
{
    /// <summary>The first bytes asked for: enough to tell, small enough to cost nothing.</summary>
    public const int Length = 1024;

    public static RangeHeaderValue Request() => new(0, Length - 1);

    /// <summary>206 with a <c>Content-Range</c> for the range asked: from byte 0 to at most byte 1023 (fewer when the file
    /// is shorter; the header's parser already refuses an end beyond the length). Anything else (200 and the whole file, another range, several ranges) is not the range asked for.</summary>
    public static bool Honoured(HttpStatusCode status, ContentRangeHeaderValue? range) =>
        status == HttpStatusCode.PartialContent
        && range is { From: 0, To: { } to }
        && string.Equals(range.Unit, "bytes", StringComparison.OrdinalIgnoreCase)
        && to < Length;

    /// <summary>The proxy the answer names on its way back (<c>Via</c>, or a <c>Proxy-Agent</c>), as it wrote it.</summary>
    public static string? ProxyOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var header in (string[])["Via", "Proxy-Agent"])
        {
            if (response.Headers.TryGetValues(header, out var values) && string.Join(", ", values) is { Length: > 0 } named)
            {
                return named;
            }
        }

        return null;
    }
}
