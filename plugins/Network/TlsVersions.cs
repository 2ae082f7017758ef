namespace WuToolkit.Plugins.Network;

/// <summary>Which TLS versions Microsoft's update services still accept: 1.2 and 1.3. A connection that agreed on an
/// older one was answered by something in between (an inspecting proxy or filter), not by Microsoft.</summary>
internal static class TlsVersions
{
    // As SslProtocols names them (Tls, Tls11), and as people write them (TLS 1.0, SSL 3.0).
    private static readonly string[] Older = ["ssl2", "ssl20", "ssl3", "ssl30", "tls", "tls1", "tls10", "tls11"];

    /// <summary>True for a known version older than TLS 1.2; false for newer or unrecognised names.</summary>
    public static bool IsBelow12(string protocol)
    {
        var compact = new string(protocol.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return Older.Contains(compact, StringComparer.Ordinal);
    }
}
