using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// The appraiser's red reasons in words, as Microsoft's Configuration Manager documentation ("Manage Windows 11
/// readiness dashboard", section "Upgrade experience marker") defines them. A reason not listed there is shown as the
/// appraiser wrote it rather than guessed at.
/// </summary>
internal static class RedReasons
{
    private static readonly Dictionary<string, Func<string>> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tpm"] = () => ReadinessStrings.RedReasonTpm,
        ["UefiSecureBoot"] = () => ReadinessStrings.RedReasonUefiSecureBoot,
        ["Memory"] = () => ReadinessStrings.RedReasonMemory,
        ["CPU"] = () => ReadinessStrings.RedReasonCpu,
        ["CpuFms"] = () => ReadinessStrings.RedReasonCpuFms,
        ["SModeState"] = () => ReadinessStrings.RedReasonSMode,
        ["SystemDriveSize"] = () => ReadinessStrings.RedReasonSystemDriveSize,
        ["SystemDriveFull"] = () => ReadinessStrings.RedReasonSystemDriveFull,
    };

    /// <summary>Reasons that a firmware setting can cause: a TPM turned off, or a PC started in legacy (CSM) mode that is
    /// not Secure Boot capable until it starts in UEFI mode. They warn, with the way to change them, rather than fail.</summary>
    private static readonly HashSet<string> FirmwareSettings = new(["Tpm", "UefiSecureBoot"], StringComparer.OrdinalIgnoreCase);

    /// <summary>One reason in words.</summary>
    public static string Describe(string reason) =>
        Words.TryGetValue(reason, out var words) ? words() : ReadinessStrings.FormatRedReasonUnknown(reason);

    /// <summary>Whether every reason may be a firmware setting the user can change.</summary>
    public static bool AllFirmwareSettings(IReadOnlyList<string> reasons) =>
        reasons.Count > 0 && reasons.All(FirmwareSettings.Contains);
}
