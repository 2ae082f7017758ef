using System.Net.Http;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Why an HTTP request got no usable answer, in the words an answer's <c>Error</c> carries.</summary>
internal static class HttpFailure
{
    /// <summary>HttpClient's message with the cause beneath it ("… (Name or service not known)"), which is the useful part.</summary>
    public static string Describe(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
    }

    public static string TimedOut(TimeSpan limit) => Strings.FormatProbeTimedOut(limit.TotalSeconds);

    /// <summary>HTTP status codes are 100 to 599; a server that sends another three digits has not answered in HTTP, and a
    /// recorded answer must stay one a snapshot can hold.</summary>
    public static bool IsHttpStatus(int code) => code is >= 100 and <= 599;
}
