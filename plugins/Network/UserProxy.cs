using System.Globalization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The proxy the signed-in user's browser and apps use (Settings > Network > Proxy, the old Internet Options),
/// kept under HKCU. Windows Update's automatic scans and BITS run as SYSTEM and do not read it: they use WinHTTP's.</summary>
/// <param name="Enabled">Whether <c>ProxyEnable</c> is 1.</param>
/// <param name="Server">The <c>ProxyServer</c> value, such as <c>proxy:8080</c> or <c>http=proxy:8080;https=proxy:8443</c>.</param>
/// <param name="Bypass">The <c>ProxyOverride</c> value.</param>
/// <param name="AutoConfigUrl">The <c>AutoConfigURL</c> value: a proxy auto-configuration (PAC) script.</param>
internal sealed record UserProxy(bool Enabled, string? Server, string? Bypass, string? AutoConfigUrl)
{
    /// <summary>The key for the user running wutk (for a scheduled task or Intune remediation running as SYSTEM, SYSTEM's own).</summary>
    public const string Key = @"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    /// <summary>A fixed proxy server is switched on.</summary>
    public bool UsesServer => Enabled && !string.IsNullOrWhiteSpace(Server);

    /// <summary>A PAC script is set.</summary>
    public bool UsesScript => !string.IsNullOrWhiteSpace(AutoConfigUrl);

    /// <summary>Reads the user's settings; <see langword="null"/> when this machine cannot tell (a snapshot that did not
    /// record them, or a machine without a registry).</summary>
    public static async Task<UserProxy?> ReadAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        try
        {
            var enable = await registry.GetValueAsync(Key, "ProxyEnable", cancellationToken).ConfigureAwait(false);
            var server = await registry.GetValueAsync(Key, "ProxyServer", cancellationToken).ConfigureAwait(false);
            var bypass = await registry.GetValueAsync(Key, "ProxyOverride", cancellationToken).ConfigureAwait(false);
            var script = await registry.GetValueAsync(Key, "AutoConfigURL", cancellationToken).ConfigureAwait(false);
            var enabled = int.TryParse(enable?.Data, NumberStyles.Integer, CultureInfo.InvariantCulture, out var flag) && flag == 1;
            return new UserProxy(enabled, Text(server), Text(bypass), Text(script));
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }
    }

    /// <summary>Whether two proxy lists name the same servers, however they are written: <c>proxy:8080</c>,
    /// <c>http://proxy:8080</c> and <c>http=proxy:8080;https=proxy:8080</c> are one proxy.</summary>
    public static bool SameServers(string? left, string? right)
    {
        var a = Servers(left);
        var b = Servers(right);
        return a.Count > 0 && a.SetEquals(b);
    }

    public string Describe()
    {
        var server = UsesServer ? Server! : Enabled ? Strings.EvidenceProxyEnabledWithoutServer : Strings.EvidenceProxyOff;
        var bypass = string.IsNullOrWhiteSpace(Bypass) ? "" : Strings.FormatEvidenceProxyBypass(Bypass);
        var script = UsesScript ? Strings.FormatEvidenceProxyScript(AutoConfigUrl) : "";
        return $"{server}{bypass}{script}";
    }

    private static HashSet<string> Servers(string? list)
    {
        var servers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (list ?? "").Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var server = entry.Contains('=', StringComparison.Ordinal) ? entry[(entry.IndexOf('=', StringComparison.Ordinal) + 1)..] : entry;
            var scheme = server.IndexOf("://", StringComparison.Ordinal);
            server = (scheme >= 0 ? server[(scheme + 3)..] : server).TrimEnd('/');
            if (server.Length > 0)
            {
                servers.Add(server);
            }
        }

        return servers;
    }

    private static string? Text(RegistryValue? value) => string.IsNullOrWhiteSpace(value?.Data) ? null : value.Data.Trim();
}
