using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Compatibility blocks from Setup's CompatData / ScanResult XML: a HardwareItem, Device or Program with
/// BlockingType="Hard" stops the upgrade (Failure, with its name); a soft block is a Warning; a DriverPackage with
/// BlockMigration="True" does not stop Setup but will not be carried over to the new Windows (Warning, with the
/// INF; usually an unsigned driver). Items with BlockingType="None" are the scan's normal output. The CompatData
/// reader gives one entry per item: the element name as component, Level "Block" when it blocks, and the item's
/// attributes as fields (BlockingType, Inf, Name …).
/// </summary>
[ExportLogRule(Id, "Compatibility blocks: hardware, drivers and programs that stop an upgrade", LogKind.CompatData)]
public sealed class SetupCompatBlockRule : ILogRule
{
    public const string Id = "setup.compat-block";

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
                findings.Add(Findings.Of(FindingSeverity.Warning, Id, summary, entry, subject: inf));
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
        var what = kind switch
        {
            "Program" => Strings.CompatProgram,
            "Device" => Strings.CompatDevice,
            "HardwareItem" => Strings.CompatHardware,
            _ => kind,
        };

        var finding = hard
            ? Findings.Of(FindingSeverity.Failure, Id, Strings.FormatCompatBlock(what, name), entry, subject: name)
            : Findings.Of(FindingSeverity.Warning, Id, Strings.FormatCompatSoftBlock(what, name), entry, subject: name);
        findings.Add(kind.Equals("HardwareItem", StringComparison.Ordinal) ? Hinted(finding, name) : finding);
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>Hardware blocks whose cause a wutk check measures: disk space, memory, firmware (TPM, Secure Boot, UEFI).</summary>
    private static LogFinding Hinted(LogFinding finding, string name)
    {
        if (name.Contains("Space", StringComparison.OrdinalIgnoreCase))
        {
            return finding with { CheckIds = [CodeHints.DiskUpgradeSpace], FixIds = [CodeHints.DiskCleanup] };
        }

        if (name.Contains("Memory", StringComparison.OrdinalIgnoreCase) || name.Contains("Ram", StringComparison.Ordinal))
        {
            return finding with { CheckIds = ["upgrade.memory"] };
        }

        if (name.Contains("Tpm", StringComparison.OrdinalIgnoreCase) || name.Contains("SecureBoot", StringComparison.OrdinalIgnoreCase) ||
            name.Contains("Uefi", StringComparison.OrdinalIgnoreCase))
        {
            return finding with { CheckIds = ["upgrade.firmware"] };
        }

        return finding;
    }

    private static bool IsTrue(string? value) => string.Equals(value, "True", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value, "False", StringComparison.OrdinalIgnoreCase);
}
