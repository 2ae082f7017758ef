using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Fixing.Planning;

/// <summary>
/// What manages a PC's updates, as the host tells fixes (<see cref="Abstractions.Fixes.FixContext.ManagedBy"/>): WSUS
/// (<c>UseWUServer</c> with a <c>WUServer</c>), Windows Update for Business (deferrals, pauses, a readiness branch or a
/// target release), MDM (update policies under the PolicyManager, or an enrollment with Microsoft's MDM) and
/// Configuration Manager (its client service, CcmExec). A question the machine cannot answer counts as "not managed by
/// that": on a PC whose registry cannot be read, no plan can change the registry either.
/// </summary>
public static class ManagementDetector
{
    /// <summary>The name given for a WSUS server.</summary>
    public const string Wsus = "WSUS";

    /// <summary>The name given for Windows Update for Business.</summary>
    public const string Business = "Windows Update for Business";

    /// <summary>The name given for an MDM server (Intune).</summary>
    public const string Mdm = "MDM";

    /// <summary>The name given for Configuration Manager.</summary>
    public const string ConfigurationManager = "Configuration Manager";

    private const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    private const string MdmUpdateKey = @"HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Update";
    private const string EnrollmentsKey = @"HKLM\SOFTWARE\Microsoft\Enrollments";

    private static readonly string[] BusinessValues =
    [
        "DeferFeatureUpdates", "DeferFeatureUpdatesPeriodInDays", "DeferQualityUpdates", "DeferQualityUpdatesPeriodInDays",
        "BranchReadinessLevel", "PauseFeatureUpdatesStartTime", "PauseQualityUpdatesStartTime",
        "TargetReleaseVersion", "TargetReleaseVersionInfo", "ProductVersion",
    ];

    private static readonly string[] Bookkeeping = ["_ProviderSet", "_WinningProvider", "_LastWrite"];

    /// <summary>The managers of <paramref name="machine"/>'s updates, in the order named above; empty when none.</summary>
    public static async Task<IReadOnlyList<string>> DetectAsync(IMachine machine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var managers = new List<string>();
        var policy = await AskAsync(() => machine.Registry.GetValuesAsync(PolicyKey, cancellationToken)).ConfigureAwait(false) ?? [];
        var automatic = await AskAsync(() => machine.Registry.GetValuesAsync(PolicyKey + @"\AU", cancellationToken)).ConfigureAwait(false) ?? [];
        if (Data(automatic, "UseWUServer") == "1" && Data(policy, "WUServer") is not null)
        {
            managers.Add(Wsus);
        }

        if (BusinessValues.Any(name => Data(policy, name) is not (null or "0")))
        {
            managers.Add(Business);
        }

        var mdm = await AskAsync(() => machine.Registry.GetValuesAsync(MdmUpdateKey, cancellationToken)).ConfigureAwait(false) ?? [];
        if (mdm.Any(value => value.Name.Length > 0 && !Bookkeeping.Any(suffix => value.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
            || await EnrolledAsync(machine.Registry, cancellationToken).ConfigureAwait(false))
        {
            managers.Add(Mdm);
        }

        if (await AskAsync(() => machine.Services.GetAsync("CcmExec", cancellationToken)).ConfigureAwait(false) is not null)
        {
            managers.Add(ConfigurationManager);
        }

        return managers;
    }

    private static async Task<bool> EnrolledAsync(IRegistryQueries registry, CancellationToken cancellationToken)
    {
        foreach (var enrollment in (await AskAsync(() => registry.GetSubKeysAsync(EnrollmentsKey, cancellationToken)).ConfigureAwait(false) ?? []).Take(64))
        {
            var provider = await AskAsync(() => registry.GetValueAsync($@"{EnrollmentsKey}\{enrollment}", "ProviderID", cancellationToken)).ConfigureAwait(false);
            if (string.Equals(provider?.Data.Trim(), "MS DM Server", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Data(IReadOnlyList<RegistryValue> values, string name) =>
        values.LastOrDefault(value => string.Equals(value.Name, name, StringComparison.OrdinalIgnoreCase))?.Data is { } data && !string.IsNullOrWhiteSpace(data)
            ? data.Trim()
            : null;

    private static async Task<T?> AskAsync<T>(Func<Task<T?>> ask)
    {
        try
        {
            return await ask().ConfigureAwait(false);
        }
        catch (QuestionUnansweredException)
        {
            return default;
        }
    }
}
