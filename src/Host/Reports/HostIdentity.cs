using System.Security.Cryptography;
using System.Text;

namespace WuToolkit.Host.Reports;

/// <summary>
/// A host name that a fleet can still count and join on but nobody can read: <c>host-</c> and the first 16 hex digits of
/// SHA-256 over the salt and the upper-cased name. The same salt (<see cref="SaltVariable"/>, set once for a fleet) gives
/// the same identity in JSON lines, bundles and reports; without one a common name can be guessed by trying names.
/// </summary>
public static class HostIdentity
{
    /// <summary>The environment variable that holds a fleet's salt.</summary>
    public const string SaltVariable = "WUTK_REDACT_SALT";

    public static string Hash(string host, string? salt)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes((salt ?? "") + "\n" + host.ToUpperInvariant()));
        return "host-" + Convert.ToHexStringLower(bytes)[..16];
    }
}
