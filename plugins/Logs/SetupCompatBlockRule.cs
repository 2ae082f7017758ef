using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Compatibility blocks from Setup's CompatData / ScanResult XML, by kind, as SetupDiag's hard-block rules name them. A
/// HardwareItem, Device or Program with BlockingType="Hard" stops the upgrade (Failure); a soft block is a Warning; a
/// DriverPackage with BlockMigration="True" does not stop Setup but will not be carried over to the new Windows (Warning,
/// with the INF; usually an unsigned driver). Items with BlockingType="None" are the scan's normal output.
/// <list type="bullet">
/// <item>A HardwareItem's HardwareType says what blocks: Setup_BitlockerNoTargetSupport (BitLockerHardblock), a VHD boot,
/// Windows To Go (PortableWorkspace), audit mode, Safe Mode, the system partition's space (the EFI or System Reserved
/// partition, not C:), Features on Demand, a mismatched language, flight signing, a server compliance plug-in, disk space,
/// and the hardware requirements (TPM, Secure Boot, UEFI, processor, memory, storage: GenericCompatBlock).</item>
/// <item>A Program is to be uninstalled (an Uninstall action: CompatBlockedApplicationAutoUninstall), dismissed (a
/// Dismiss action, which blocks only a quiet Setup: CompatBlockedApplicationDismissable, remedied with
/// <c>/compat ignorewarning</c>), or removed by hand (neither: CompatBlockedApplicationManualUninstall).</item>
/// <item>A Device blocks as a device or its driver (HardblockDeviceOrDriver).</item>
/// </list>
/// The CompatData reader gives one entry per item: the element name as component, Level "Block" when it blocks, and the
/// item's attributes as fields (BlockingType, Inf, Name, HardwareType, StatusDetail, Action.Name …).
/// </summary>
[ExportLogRule(Id, "Compatibility blocks by kind: hardware, apps, devices and drivers that stop an upgrade", LogKind.CompatData)]
public sealed class SetupCompatBlockRule : ILogRule
{
    public const string Id = "setup.compat-block";

    /// <summary>What a HardwareType names, most specific first: the words looked for, and SetupDiag's profile.</summary>
    private static readonly (string[] Words, string Profile)[] HardwareKinds =
    [
        (["Bitlocker"], "BitLockerHardblock"),
        (["SystemPartition", "SystemReserved", "EspSpace"], "InsufficientSystemPartitionDiskSpaceHardblock"),
        (["VHD"], "VHDHardblock"),
        (["PortableWorkspace", "WindowsToGo"], "PortableWorkspaceHardblock"),
        (["AuditMode"], "AuditModeHardblock"),
        (["SafeMode"], "SafeModeHardblock"),
        (["FeaturesOnDemand", "FOD"], "CompatBlockedFODDismissable"),
        (["MismatchedLanguage", "LanguageMismatch", "Language"], "HardblockMismatchedLanguage"),
        (["FlightSigning"], "HardblockFlightSigning"),
        (["Compliance"], "PlugInComplianceBlock"),
        (["Gated", "Safeguard"], "GatedCompatBlock"),
        (["DiskSpace", "Space"], "DiskSpaceBlockInDownLevel"),
    ];

    /// <summary>Hardware requirements and the check that measures each.</summary>
    private static readonly (string Word, string Check)[] Requirements =
    [
        ("Tpm", "upgrade.firmware"), ("SecureBoot", "upgrade.firmware"), ("Uefi", "upgrade.firmware"),
        ("Memory", "upgrade.memory"), ("Ram", "upgrade.memory"), ("Processor", "upgrade.processor"), ("Cpu", "upgrade.processor"),
        ("Storage", "upgrade.storage"), ("Gpt", "upgrade.disk-layout"),
    ];

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var kind = entry.Component;
        if (kind.Equals("DriverPackage", StringComparison.Ordinal))
        {
            if (IsTrue(entry.Field("BlockMigration")) && entry.Field("Inf") is { } inf)
            {
                var summary = IsFalse(entry.Field("HasSignedBinaries"))
                    ? Strings.FormatCompatDriverNotMigratedUnsigned(inf)
                    : Strings.FormatCompatDriverNotMigrated(inf);
                findings.Add(Findings.Of(FindingSeverity.Warning, Id, summary, entry, subject: inf) with { Remedy = Strings.CompatDriverNotMigratedRemedy, CheckIds = ["health.devices"] });
            }

            return;
        }

        var blocking = entry.Field("BlockingType");
        var hard = entry.Level.Equals("Block", StringComparison.OrdinalIgnoreCase) || string.Equals(blocking, "Hard", StringComparison.OrdinalIgnoreCase);
        var soft = string.Equals(blocking, "Soft", StringComparison.OrdinalIgnoreCase);
        if (!hard && !soft)
        {
            return;
        }

        var name = entry.Field("Name") ?? entry.Field("DisplayName") ?? entry.Field("HardwareType") ?? entry.Field("Inf") ??
                   entry.Field("Id") ?? kind;
        if (!hard)
        {
            var what = kind switch
            {
                "Program" => Strings.CompatProgram,
                "Device" => Strings.CompatDevice,
                "HardwareItem" => Strings.CompatHardware,
                _ => kind,
            };
            findings.Add(Findings.Of(FindingSeverity.Warning, Id, Strings.FormatCompatSoftBlock(what, name), entry, subject: name));
            return;
        }

        var (profile, checks) = kind switch
        {
            "Program" => (ProgramProfile(entry), (string[])[]),
            "Device" => ("HardblockDeviceOrDriver", []),
            _ => HardwareProfile(name),
        };
        var finding = SetupProfiles.Of(profile).Finding(Id, entry, name);
        if (checks.Length > 0)
        {
            finding = finding with { CheckIds = checks };
        }

        findings.Add(finding);
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>An app to uninstall (an Uninstall action), to dismiss (a Dismiss action), or to remove by hand.</summary>
    private static string ProgramProfile(LogEntry entry)
    {
        var text = entry.Text.AsSpan();
        if (text.Contains("Action.Name=Uninstall", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(entry.Field("StatusDetail"), "Uninstall", StringComparison.OrdinalIgnoreCase))
        {
            return "CompatBlockedApplicationAutoUninstall";
        }

        return text.Contains("Action.Name=Dismiss", StringComparison.OrdinalIgnoreCase)
            ? "CompatBlockedApplicationDismissable"
            : "CompatBlockedApplicationManualUninstall";
    }

    /// <summary>The profile a blocking HardwareType names, and for a hardware requirement the check that measures it.</summary>
    private static (string Profile, string[] Checks) HardwareProfile(string type)
    {
        foreach (var (words, profile) in HardwareKinds)
        {
            if (Array.Exists(words, word => type.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return (profile, []);
            }
        }

        var checks = Requirements.Where(requirement => type.Contains(requirement.Word, StringComparison.OrdinalIgnoreCase))
            .Select(requirement => requirement.Check).Distinct(StringComparer.Ordinal).ToArray();
        return ("GenericCompatBlock", checks);
    }

    private static bool IsTrue(string? value) => string.Equals(value, "True", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value, "False", StringComparison.OrdinalIgnoreCase);
}
