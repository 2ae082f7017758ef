using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WuToolkit.Host.Reports.Bundle;

/// <summary>
/// Replaces what identifies a PC or a person with a placeholder that stays the same for the same value throughout a
/// bundle (<c>user-1</c>, <c>domain-2</c>, <c>ip-3</c>, <c>mac-1</c>, <c>serial-1</c>, <c>key-1</c>, <c>email-1</c>; host
/// names as <c>host-</c> and a salted hash, as <see cref="HostIdentity"/> makes them everywhere), so a reader can still
/// see that two lines speak of the same machine. Values are found by their shape (addresses, e-mail, product keys,
/// names of private domains), by where they stand (the user in <c>C:\Users\NAME</c>, the host of a URL or UNC path),
/// by the JSON member that holds them (<c>serialNumber</c>, <c>host</c>, <c>user</c>), and from this PC's own names.
/// A value learnt anywhere is then replaced everywhere, even where it stands alone. Healthy text stays: KB numbers,
/// error codes, versions with a part above 255, GUIDs, loopback and unspecified addresses, Microsoft's public domains.
/// One instance is one bundle; it is not thread-safe.
/// </summary>
public sealed partial class Redactor(string? salt)
{
    private readonly Dictionary<(RedactionKind Kind, string Value), string> _placeholders = new();
    private readonly Dictionary<RedactionKind, int> _numbers = new();
    private readonly Dictionary<string, string> _known = new(StringComparer.OrdinalIgnoreCase);
    private Regex? _knownPattern;

    /// <summary>The shortest value learnt that is replaced wherever it stands: shorter ones would eat ordinary words.</summary>
    public const int ShortestKnownValue = 3;

    /// <summary>How many distinct values have a placeholder.</summary>
    public int Count => _placeholders.Count;

    /// <summary>This PC's own names: its host name, the signed-in user, and the domain when it is not the host.</summary>
    public void KnowThisPc(string machineName, string userName, string userDomainName)
    {
        Know(RedactionKind.Host, machineName);
        Know(RedactionKind.User, userName);
        if (!string.Equals(userDomainName, machineName, StringComparison.OrdinalIgnoreCase))
        {
            Know(RedactionKind.Domain, userDomainName);
        }
    }

    /// <summary>Learns <paramref name="value"/> as a <paramref name="kind"/>, to be replaced wherever it appears; returns its placeholder.</summary>
    public string Know(RedactionKind kind, string? value)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value) || IsPlaceholder(value) || (kind is RedactionKind.Host or RedactionKind.Domain && IsPublic(value)))
        {
            return value ?? "";
        }

        var placeholder = Placeholder(kind, value);
        if (value.Length >= ShortestKnownValue && _known.TryAdd(value, placeholder))
        {
            _knownPattern = null;
        }

        return placeholder;
    }

    /// <summary>Learns the values that only their context tells (a user folder's name, a URL's or UNC path's host), without changing anything.</summary>
    public void Learn(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (Match match in UserFolder().Matches(text))
        {
            var user = match.Groups["user"].Value;
            if (!CommonProfiles.Contains(user))
            {
                Know(RedactionKind.User, user);
            }
        }

        foreach (Match match in UrlOrUncHost().Matches(text))
        {
            var host = match.Groups["host"].Value;
            if (!IPAddress.TryParse(host.Trim('[', ']'), out _) && !IsPublic(host) && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                // A dotted name is replaced whole (its first label alone, such as "proxy", is too common a word to hunt).
                Know(host.Contains('.', StringComparison.Ordinal) ? RedactionKind.Domain : RedactionKind.Host, host);
            }
        }
    }

    /// <summary>The text with every value that identifies a PC or a person replaced.</summary>
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = Email().Replace(text, match => Placeholder(RedactionKind.Email, match.Value));
        text = Mac().Replace(text, match => Placeholder(RedactionKind.Mac, match.Value.Replace('-', ':').ToUpperInvariant()));
        text = IPv6().Replace(text, match => IsIdentifyingIPv6(match.Value) ? Placeholder(RedactionKind.Ip, match.Value.ToLowerInvariant()) : match.Value);
        text = IPv4().Replace(text, match => IsIdentifyingIPv4(match.Value) ? Placeholder(RedactionKind.Ip, match.Value) : match.Value);
        text = ProductKey().Replace(text, match => Placeholder(RedactionKind.ProductKey, match.Value.ToUpperInvariant()));
        text = DomainName().Replace(text, match => IsPublic(match.Value) ? match.Value : Know(RedactionKind.Domain, match.Value));
        if (_known.Count > 0)
        {
            _knownPattern ??= BuildKnownPattern();
            text = _knownPattern.Replace(text, match => _known[match.Value]);
        }

        return text;
    }

    private string Placeholder(RedactionKind kind, string value)
    {
        var key = (kind, kind switch
        {
            RedactionKind.Host => value.ToUpperInvariant(),
            RedactionKind.Mac => value.Replace('-', ':').ToLowerInvariant(),
            _ => value.ToLowerInvariant(),
        });
        if (_placeholders.TryGetValue(key, out var existing))
        {
            return existing;
        }

        string placeholder;
        if (kind == RedactionKind.Host)
        {
            placeholder = HostIdentity.Hash(value, salt);
        }
        else
        {
            var number = _numbers.GetValueOrDefault(kind) + 1;
            _numbers[kind] = number;
            placeholder = string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{number}");
        }

        _placeholders[key] = placeholder;
        return placeholder;
    }

    private static string Prefix(RedactionKind kind) => kind switch
    {
        RedactionKind.User => "user",
        RedactionKind.Host => "host",
        RedactionKind.Domain => "domain",
        RedactionKind.Ip => "ip",
        RedactionKind.Mac => "mac",
        RedactionKind.Serial => "serial",
        RedactionKind.ProductKey => "key",
        _ => "email",
    };

    private Regex BuildKnownPattern()
    {
        var alternatives = string.Join('|', _known.Keys.OrderByDescending(value => value.Length).Select(Regex.Escape));
        return new Regex($"(?<![A-Za-z0-9_])(?:{alternatives})(?![A-Za-z0-9_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }

    private static bool IsPlaceholder(string value) => PlaceholderShape().IsMatch(value);

    private static bool IsIdentifyingIPv4(string text) =>
        IPAddress.TryParse(text, out var address) && !IPAddress.IsLoopback(address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.Broadcast);

    private static bool IsIdentifyingIPv6(string text)
    {
        var bare = text.Split('%')[0];
        return IPAddress.TryParse(bare, out var address) && !IPAddress.IsLoopback(address) && !address.Equals(IPAddress.IPv6None) && !address.Equals(IPAddress.IPv6Any)
            && (bare.Contains("::", StringComparison.Ordinal) || bare.Count(c => c == ':') == 7);
    }

    /// <summary>Microsoft's and the certificate authorities' public names, which every PC reaches and which say nothing of it.</summary>
    private static bool IsPublic(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        return PublicDomains.Any(domain => lower == domain || lower.EndsWith("." + domain, StringComparison.Ordinal));
    }

    private static readonly string[] PublicDomains =
    [
        "microsoft.com", "windowsupdate.com", "windows.com", "windows.net", "microsoftonline.com", "msftconnecttest.com", "msftncsi.com",
        "live.com", "office.com", "office365.com", "bing.com", "msedge.net", "azureedge.net", "azure.com", "akamaiedge.net", "akamai.net",
        "digicert.com", "verisign.com", "symcb.com", "symcd.com", "globalsign.com", "letsencrypt.org", "nist.gov", "pool.ntp.org",
        "time.windows.com", "github.com", "nuget.org", "example.com", "example.org", "example.net",
    ];

    private static readonly HashSet<string> CommonProfiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Public", "Default", "Default User", "All Users", "defaultuser0", "Administrator", "WDAGUtilityAccount", "systemprofile",
    };

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])", RegexOptions.CultureInvariant)]
    private static partial Regex Mac();

    [GeneratedRegex(@"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[0-9A-Za-z]+)?(?![0-9A-Za-z:])", RegexOptions.CultureInvariant)]
    private static partial Regex IPv6();

    [GeneratedRegex(@"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9]|\.[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){4}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex ProductKey();

    // A dotted name ending in a top-level domain that private networks or organisations use; file names (CBS.log,
    // wutk.dll) end otherwise and are left alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:com|net|org|local|lan|corp|internal|intranet|home|localdomain|edu|gov|biz|info|us|uk|de|jp|fr|nl|au|ca|ch|dk|fi|pl|br|cn|kr|ru|nz|ie|sg|hk|tw)(?![A-Za-z0-9_-]|\.[A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"(?:[A-Za-z]:)?[\\/](?:Users|Documents and Settings|home)[\\/](?:(?<user>[^\\/:*?""<>|\r\n\t,;]{1,64})(?=[\\/])|(?<user>[^\\/:*?""<>|\s,;]{1,64}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UserFolder();

    [GeneratedRegex(@"(?:\b[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/\s]+@)?|(?<![\\A-Za-z0-9])\\\\)(?<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlOrUncHost();

    [GeneratedRegex(@"^(?:user|domain|ip|mac|serial|key|email)-[0-9]+$|^host-[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderShape();
}
