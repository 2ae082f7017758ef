using System.Text;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>A PC's identifying values of every kind, and files of every kind a bundle holds that name them, beside
/// healthy values that must survive redaction.</summary>
internal static class RedactionFixture
{
    public const string User = "alice.wong";
    public const string Host = "LAPTOP-7QK2ZP";
    public const string Domain = "corp.fabrikam.com";
    public const string IPv4 = "10.20.30.40";
    public const string IPv6 = "fe80::1c2d:3e4f:5a6b:7c8d";
    public const string Mac = "3C-52-82-AB-CD-EF";
    public const string Serial = "PF3XK2LM";
    public const string ProductKey = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    public const string Email = "alice.wong@fabrikam.com";

    public static readonly string[] Secrets = [User, Host, Domain, IPv4, IPv6, Mac, "3C:52:82:AB:CD:EF", Serial, ProductKey, Email];

    /// <summary>What is no secret and must be left as it is.</summary>
    public static readonly string[] Healthy = ["KB5034441", "0x80070643", "10.0.22631.4460", "download.windowsupdate.com", "127.0.0.1", "CBS.log"];

    public static string SnapshotJson() => $$"""
        {
          "format": "wutk-snapshot",
          "version": 1,
          "collectedUtc": "2026-11-20T09:14:03+00:00",
          "firmware": { "serialNumber": "{{Serial}}", "manufacturer": "Contoso" },
          "license": { "productKey": "{{ProductKey}}", "build": "10.0.22631.4460" },
          "user": "{{User}}",
          "host": "{{Host}}",
          "network": { "addresses": ["{{IPv4}}", "{{IPv6}}", "127.0.0.1"], "macAddress": "{{Mac}}", "dnsSuffix": "{{Domain}}" },
          "proxy": "http://proxy.{{Domain}}:8080",
          "profile": "C:\\Users\\{{User}}\\AppData\\Local",
          "contact": "{{Email}}",
          "history": [{ "kbId": "KB5034441", "result": "0x80070643", "server": "download.windowsupdate.com" }]
        }
        """;

    public static string ResultsJson() => $$"""
        {
          "schemaVersion": 1, "kind": "run", "toolVersion": "1.2.0",
          "machine": { "kind": "live", "source": "live", "host": "{{Host}}", "hostRedacted": false },
          "scenario": "both", "startedUtc": "2026-11-20T09:14:03Z", "durationMs": 1, "exitCode": 1,
          "summary": { "total": 1, "pass": 0, "warn": 0, "fail": 1, "skipped": 0, "error": 0 },
          "results": [{ "id": "catalog.failed-updates", "plugin": "Catalog", "title": "Failed updates", "status": "fail",
            "summary": "KB5034441 failed with 0x80070643 on {{Host}} ({{IPv4}}) for {{User}}; ask {{Email}}",
            "evidence": [{ "key": "adapter", "value": "{{Mac}} {{IPv6}} serial {{Serial}} in {{Domain}}" }], "fixes": [], "durationMs": 1 }]
        }
        """;

    public static string LogText() => string.Join("\r\n",
        "2026-11-20 09:14:03, Info                  CBS    Loaded servicing stack v10.0.22631.4460 for KB5034441",
        $"2026-11-20 09:14:04, Error                 CBS    Failed to install KB5034441 [HRESULT = 0x80070643] user {User}",
        $"2026-11-20 09:14:05, Info                  CBS    Reading C:\\Users\\{User}\\Downloads\\windows10.0-kb5034441.msu from \\\\{Host}\\updates$",
        $"2026-11-20 09:14:06, Info                  CBS    Adapter {Mac.Replace('-', ':')} address {IPv4} / {IPv6} domain {Domain}",
        $"2026-11-20 09:14:07, Info                  CBS    Disk serial {Serial}, key {ProductKey}, owner {Email}, loopback 127.0.0.1",
        $"2026-11-20 09:14:08, Info                  CBS    Standalone mentions: {Host} {User} {Serial} download.windowsupdate.com",
        "");

    /// <summary>Writes the log as UTF-8, and the same text as UTF-16 LE with a byte order mark.</summary>
    public static (string Utf8, string Utf16) WriteLogs(string folder)
    {
        var utf8 = Path.Combine(folder, "CBS.log");
        var utf16 = Path.Combine(folder, "setupapi.dev.log");
        File.WriteAllText(utf8, LogText(), new UTF8Encoding(false));
        File.WriteAllText(utf16, LogText(), Encoding.Unicode);
        return (utf8, utf16);
    }

    /// <summary>Where <paramref name="value"/> is in <paramref name="bytes"/>, as UTF-8 or UTF-16 text, in any case.</summary>
    public static bool Holds(byte[] bytes, string value)
    {
        var utf8 = Encoding.UTF8.GetString(bytes);
        var utf16 = Encoding.Unicode.GetString(bytes);
        var utf16Shifted = bytes.Length > 1 ? Encoding.Unicode.GetString(bytes, 1, bytes.Length - 1) : "";
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0
            || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0
            || utf8.Contains(value, StringComparison.OrdinalIgnoreCase)
            || utf16.Contains(value, StringComparison.OrdinalIgnoreCase)
            || utf16Shifted.Contains(value, StringComparison.OrdinalIgnoreCase);
    }
}
