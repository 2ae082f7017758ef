using System.Globalization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Network;

/// <summary>The group policy that points the update client at a WSUS server: <c>WUServer</c> names it, and it is used
/// only while <c>AU\UseWUServer</c> is 1.</summary>
/// <param name="UseServer">Whether <c>UseWUServer</c> is 1.</param>
/// <param name="ServerText">The <c>WUServer</c> value as written, when there is one.</param>
internal sealed record WsusPolicy(bool UseServer, string? ServerText)
{
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    public const string AutomaticUpdatesKey = PolicyKey + @"\AU";

    /// <summary>The server as an address the update client can use (http or https with a host), or <see langword="null"/>.</summary>
    public Uri? Server =>
        Uri.TryCreate(ServerText?.Trim(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && url.Host.Length > 0
            ? url
            : null;

    /// <summary>The update client asks the WSUS server, and only it, for updates.</summary>
    public bool Managed => UseServer;

    /// <summary>Reads the policy; <see langword="null"/> when this machine cannot tell (a snapshot that did not record it,
    /// or a machine without a registry), so that the endpoints are judged as they were before WSUS was considered.</summary>
    public static async Task<WsusPolicy?> ReadAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        try
        {
            var use = await registry.GetValueAsync(AutomaticUpdatesKey, "UseWUServer", cancellationToken).ConfigureAwait(false);
            var server = await registry.GetValueAsync(PolicyKey, "WUServer", cancellationToken).ConfigureAwait(false);
            var useServer = int.TryParse(use?.Data, NumberStyles.Integer, CultureInfo.InvariantCulture, out var flag) && flag == 1;
            return new WsusPolicy(useServer, string.IsNullOrWhiteSpace(server?.Data) ? null : server.Data);
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }
    }

    public string Describe() => (UseServer, ServerText) switch
    {
        (true, { } text) => $"{text} (UseWUServer=1)",
        (true, null) => "UseWUServer=1 without WUServer",
        (false, { } text) => $"{text} (not used: UseWUServer is not 1)",
        _ => "none",
    };
}
