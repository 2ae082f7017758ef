using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Memory dumps found among the logs, said with where they are and how to read them, since their content is a debugger's
/// business (SetupDiag too needs the Debugging Tools for it): setupmem.dmp, which Setup extracts after a bug check during
/// the upgrade (in $WINDOWS.~BT\Sources\Rollback or Windows\Panther\NewOS\Rollback: DebugSetupMemoryDump, a failure of
/// the upgrade); a dump of Setup's own process (SetupHost, SetupPlatform, SetupPrep: DebugSetupCrash, a failure); and
/// MEMORY.DMP or a minidump (DebugMemoryDump: a bug check happened on this PC, a warning, since it need not be the
/// upgrade's). The dump's content is not read: only its name, size and time.
/// </summary>
[ExportLogRule(Id, "Memory dumps (setupmem.dmp, MEMORY.DMP, minidumps): where they are and how to read them", LogKind.CrashDump)]
public sealed class MemoryDumpRule : ILogRule
{
    public const string Id = "setup.memory-dump";

    private static readonly string[] SetupProcesses = ["setuphost", "setupplatform", "setupprep", "setup.exe"];

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var name = entry.Field("Name") ?? entry.Text;
        var path = entry.Field("Path") ?? entry.File;
        var size = long.TryParse(entry.Field("Bytes"), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? Strings.FormatDumpSize((bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.CurrentCulture))
            : null;
        var named = size is null ? path : $"{path}, {size}";
        var profile = name.Equals("setupmem.dmp", StringComparison.OrdinalIgnoreCase) ? "DebugSetupMemoryDump"
            : Array.Exists(SetupProcesses, process => name.Contains(process, StringComparison.OrdinalIgnoreCase)) ? "DebugSetupCrash"
            : "DebugMemoryDump";
        var finding = SetupProfiles.Of(profile).Finding(Id, entry, named) with { Subject = path };
        findings.Add(profile == "DebugMemoryDump" ? finding with { Severity = FindingSeverity.Warning } : finding);
    }

    public void Complete(IFindingSink findings)
    {
    }
}
