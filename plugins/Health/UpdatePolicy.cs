using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Health;

/// <summary>The Windows Update policy values (Group Policy, or a tool that writes the same keys): the WSUS server, the
/// Windows Update for Business deferrals and target release, and the switches that cut the client off.</summary>
internal sealed record UpdatePolicy(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> AutomaticUpdates)
{
    public const string Key = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    public const string AuKey = Key + @"\AU";

    /// <summary>The policies that make Windows Update for Business: deferrals, pauses, the readiness branch and a target
    /// release.</summary>
    private static readonly string[] BusinessValues =
    [
        "DeferFeatureUpdates", "DeferFeatureUpdatesPeriodInDays", "DeferQualityUpdates", "DeferQualityUpdatesPeriodInDays",
        "BranchReadinessLevel", "PauseFeatureUpdatesStartTime", "PauseQualityUpdatesStartTime",
        "TargetReleaseVersion", "TargetReleaseVersionInfo", "ProductVersion",
    ];

    public string? WuServer => Text(Values, "WUServer");

    public string? WuStatusServer => Text(Values, "WUStatusServer");

    /// <summary>AU\UseWUServer=1: the client must use the server in WUServer.</summary>
    public bool UseWuServer => IsOne(AutomaticUpdates, "UseWUServer");

    /// <summary>The client actually uses a WSUS server: told to, and told which.</summary>
    public bool UsesWsus => UseWuServer && WuServer is not null;

    /// <summary>"Do not connect to any Windows Update Internet locations".</summary>
    public bool DoNotConnectToInternet => IsOne(Values, "DoNotConnectToWindowsUpdateInternetLocations");

    /// <summary>"Remove access to use all Windows Update features".</summary>
    public bool DisableWindowsUpdateAccess => IsOne(Values, "DisableWindowsUpdateAccess");

    /// <summary>The Windows Update for Business policies set, as <c>name=value</c>.</summary>
    public IReadOnlyList<string> Business =>
        [.. BusinessValues.Select(name => (Name: name, Value: Text(Values, name))).Where(set => set.Value is not (null or "0")).Select(set => $"{set.Name}={set.Value}")];

    /// <summary>The release a target-release policy holds the PC at (<c>22H2</c>), with the product when named.</summary>
    public string? TargetRelease =>
        IsOne(Values, "TargetReleaseVersion") && Text(Values, "TargetReleaseVersionInfo") is { } release
            ? Text(Values, "ProductVersion") is { } product ? $"{product} {release}" : release
            : null;

    public static async Task<UpdatePolicy> ReadAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        var values = await registry.GetValuesAsync(Key, cancellationToken).ConfigureAwait(false);
        var automatic = await registry.GetValuesAsync(AuKey, cancellationToken).ConfigureAwait(false);
        return new UpdatePolicy(ByName(values), ByName(automatic));
    }

    private static Dictionary<string, string> ByName(IReadOnlyList<RegistryValue>? values)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            byName[value.Name] = value.Data;
        }

        return byName;
    }

    private static string? Text(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var data) && !string.IsNullOrWhiteSpace(data) ? data.Trim() : null;

    private static bool IsOne(IReadOnlyDictionary<string, string> values, string name) => Text(values, name) == "1";
}
