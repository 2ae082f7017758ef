using System.Text.RegularExpressions;

namespace WuToolkit.Host.Tests.Support;

/// <summary>Whether a setting's value names a place on the network: tests point such settings at loopback servers, and
/// never run live a check whose setting would take it elsewhere.</summary>
internal static partial class NetworkPlaces
{
    /// <summary>An http or https URL.</summary>
    public static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>A DNS name ending in a word (time.windows.com, wsus.contoso.local), optionally with a port.</summary>
    public static bool IsHostName(string value) => HostName().IsMatch(value);

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
