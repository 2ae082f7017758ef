using System.Globalization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The group policy that points the update client at a WSUS server: <c>WUServer</c> names it, and it is used
/// only while <c>AU\UseWUServer</c> is 1. Since Windows 10 2004 the policy "Specify source service for specific classes
/// of Windows Updates" can still send some classes to Windows Update (a <c>SetPolicyDrivenUpdateSourceFor…</c> value
/// of 0), and for those Microsoft's endpoints matter again.</summary>
/// <param name="UseServer">Whether <c>UseWUServer</c> is 1.</param>
/// <param name="ServerText">The <c>WUServer</c> value as written, when there is one.</param>
/// <param name="FromWindowsUpdate">The classes of updates policy sends to Windows Update despite WSUS (feature, quality,
/// driver, other).</param>
internal sealed record WsusPolicy(bool UseServer, string? ServerText, IReadOnlyList<string> FromWindowsUpdate)
{
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    public const string AutomaticUpdatesKey = PolicyKey + @"\AU";

    private static readonly (string Value, string Class)[] SourceValues =
    [
        ("SetPolicyDrivenUpdateSourceForFeatureUpdates", "feature"),
        ("SetPolicyDrivenUpdateSourceForQualityUpdates", "quality"),
        ("SetPolicyDrivenUpdateSourceForDriverUpdates", "driver"),
        ("SetPolicyDrivenUpdateSourceForOtherUpdates", "other"),
    ];

    /// <summary>The server as an address the update client can use (http or https with a host), or <see langword="null"/>.</summary>
    public Uri? Server =>
        Uri.TryCreate(ServerText?.Trim(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && url.Host.Length > 0
            ? url
            : null;

    /// <summary>The update client asks the WSUS server for updates.</summary>
    public bool Managed => UseServer;

    /// <summary>Reads the policy; <see langword="null"/> when this machine cannot tell (a snapshot that did not record it,
    /// or a machine without a registry), so that the endpoints are judged as they were before WSUS was considered.</summary>
    public static async Task<WsusPolicy?> ReadAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        try
        {
            var use = await registry.GetValueAsync(AutomaticUpdatesKey, "UseWUServer", cancellationToken).ConfigureAwait(false);
            var server = await registry.GetValueAsync(PolicyKey, "WUServer", cancellationToken).ConfigureAwait(false);
            var useServer = IsNumber(use, 1);
            var fromWindowsUpdate = useServer ? await ClassesFromWindowsUpdateAsync(registry, cancellationToken).ConfigureAwait(false) : [];
            return new WsusPolicy(useServer, string.IsNullOrWhiteSpace(server?.Data) ? null : server.Data, fromWindowsUpdate);
        }
        catch (QuestionUnansweredException)
        {
            return null;
        }
    }

    public string Describe()
    {
        var split = FromWindowsUpdate.Count == 0
            ? ""
            : Strings.FormatEvidenceWsusFromWindowsUpdate(string.Join(Strings.ListSeparator, FromWindowsUpdate.Select(ClassWord)));
        return (UseServer, ServerText) switch
        {
            (true, { } text) => Strings.FormatEvidenceWsusUsed(text, split),
            (true, null) => Strings.FormatEvidenceWsusWithoutServer(split),
            (false, { } text) => Strings.FormatEvidenceWsusNotUsed(text),
            _ => Strings.EvidenceNone,
        };
    }

    private static string ClassWord(string updateClass) => updateClass switch
    {
        "feature" => Strings.UpdateClassFeature,
        "quality" => Strings.UpdateClassQuality,
        "driver" => Strings.UpdateClassDriver,
        "other" => Strings.UpdateClassOther,
        _ => updateClass,
    };

    // A value a snapshot did not record (one taken before these were asked about) counts as not set: that class comes
    // from WSUS, as it did before Windows 10 2004.
    private static async Task<IReadOnlyList<string>> ClassesFromWindowsUpdateAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        var classes = new List<string>();
        foreach (var (value, updateClass) in SourceValues)
        {
            try
            {
                if (IsNumber(await registry.GetValueAsync(PolicyKey, value, cancellationToken).ConfigureAwait(false), 0))
                {
                    classes.Add(updateClass);
                }
            }
            catch (QuestionUnansweredException)
            {
                // Not set, as far as this machine can tell.
            }
        }

        return classes;
    }

    private static bool IsNumber(RegistryValue? value, int expected) =>
        int.TryParse(value?.Data, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number == expected;
}
