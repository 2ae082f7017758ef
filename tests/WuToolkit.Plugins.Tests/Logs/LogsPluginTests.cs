using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>The plugin as the host loads it, and its rules on hostile input.</summary>
public partial class LogsPluginTests
{
    [Test]
    public void Every_rule_has_a_valid_id_reads_known_kinds_and_is_made_fresh_per_file()
    {
        var rules = BundledRules.All;
        Assert.That(rules, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(rules.Select(rule => rule.Id), Is.Unique);
        foreach (var rule in rules)
        {
            Assert.That(RuleId().IsMatch(rule.Id), rule.Id);
            Assert.That(rule.Kinds, Is.Not.Empty.And.All.Not.EqualTo(LogKind.Unknown), rule.Id);
            var first = rule.Create();
            Assert.That(rule.Create(), Is.Not.SameAs(first), $"{rule.Id}: a fresh instance per file");
        }

        Assert.That(rules.SelectMany(rule => rule.Kinds).Distinct(), Is.EquivalentTo(new[]
        {
            LogKind.Cbs, LogKind.Dism, LogKind.WindowsUpdate, LogKind.SetupAct, LogKind.SetupErr, LogKind.SetupDiag, LogKind.CompatData, LogKind.EventLog,
            LogKind.SetupApi, LogKind.Appraiser, LogKind.RollbackInfo, LogKind.CrashDump,
        }));
    }

    /// <summary>
    /// Every rule sees every prefix of lines that carry the markers rules look for, as any kind of log, with any
    /// level, component, event id and fields: a cut line (a truncated file, a mangled export) must give findings or
    /// nothing, never an exception.
    /// </summary>
    [Test]
    public void Rules_take_truncated_and_mangled_lines_without_failing()
    {
        string[] lines =
        [
            "00000072 [SR] Cannot repair member file [l:10]'dnsapi.dll' of X in the store, hash mismatch",
            @"00000074 [SR] Repaired file \SystemRoot\WinSxS\x\\[l:10]'dnsapi.dll' by copying from backup",
            @"0000008a [SR] Could not reproject corrupted file \??\C:\Windows\Fonts\\YuGothB.ttc; source file in store is also corrupted",
            @"00000076 [SR] Repairing file \??\C:\Windows\System32\\dnsapi.dll from store",
            "0000000a (F) Hydration failed for component dual_helloface.inf, version 1, on file F.dll with NTSTATUS -1073283059. Matching",
            "Corruption detection complete. numCorruptions = 5, Disp = 1.",
            "CheckSur: hrStatus: 0x0 [S_OK], download Result: 0x0 [S_OK]",
            "Total Detected Corruption:\t9",
            "WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~1.1, status: 0x800f0922, failure source: Execute",
            "Failed to resolve package 'Package_105_for_KB3172988~31bf3856ad364e35~amd64~~6.3.1.1' [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]",
            "DISM.EXE: Executing command line: dism /online /cleanup-image /restorehealth /source:I:\\x.wim",
            "DISM Package Manager: Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)",
            "DISM.EXE: Failed validating command line: dism /x",
            "DISM.EXE: No providers were found that support the command(enablefeature). HRESULT=0",
            "CBS AddSource failed with HRESULT=0x8007010b! - X",
            "*FAILED* [80096010] Error: verifying trust for C:\\x",
            "DO job {2C552B4A-A637-451F-8243-9308B611DECE} 403'd, updateId = FF95561B-934D-4F58-AF55-CABBDFFB1A92.1, hr = 0x80190193",
            "WARNING: WinHttp: SendRequestUsingProxy failed for <http://x/selfupdate/wuident.cab>. error 0x80072ee2",
            @"*FAILED* [800F024B] Driver Install of {4E95DCBD-E67C-46AF-985B-F29D655C3480} on pci\ven_10de (mapping to error 8024200B)",
            @"*FAILED* [800F024B] Error Installing PnP Driver pci\ven_10de&dev_1b81",
            "WU client calls back to download call {X} with code Call complete and error 0x80d05001",
            "EventID=20: Installation Failure: Windows failed to install the following update with error 0x80070643: KB2267602 (Version 1).",
            "ExecuteOperations: Main operation execution failed. Error: 0x8007000D",
            "Execution phase [Safe OS] exiting with HRESULT [0x8007000D]",
            @"SPWIMCallback: Error in apply of \\?\V\x\mscordbi.dll. GLE [1392][gle=0x00000715]",
            "Operation failed: Apply WIM file P, index 6 to D:\\N. Error: 0x80070570[gle=0x000000b7]",
            "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]",
            "CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032",
            "Current phase string : SafeOS,Start",
            "Initiating rollback/uninstall, phase = 0",
            "Result = 0xC1900101 near oem12.inf and x.sys",
            "Inf=\"oem0.inf BlockMigration=True; BlockingType=Hard; Name='x",
            "Matching Profile found: FindRollbackFailure - 3A43C9B5",
            "Error = 0x8007000D-0x2000C",
            "Last Phase = Post First BootLast Operation = X Error = 0xC1900101-",
        ];
        string[] components = ["CSI", "CBS", "DISM", "SP", "MOUPG", "Handler", "Driver", "Misc", "AU", "Agent", "DriverPackage", "Program",
            "ProfileName", "Error", "FailureData", "ExtendedCode", "Microsoft-Windows-WindowsUpdateClient", ""];
        string[] levels = ["Error", "Info", "Warning", "Block", ""];
        int?[] eventIds = [20, 25, 31, 16, 19, null];

        // Every field a rule reads, each holding the cut line: fields are as hostile as text.
        string[] fieldNames = ["ProfileName", "LastSetupPhase", "LastSetupOperation", "PackageName", "RollbackErrorCode", "Error", "ExtendedCode",
            "BlockMigration", "Inf", "HasSignedBinaries", "BlockingType", "Name", "DisplayName", "HardwareType", "Id", "errorCode", "updateTitle"];

        foreach (var descriptor in BundledRules.All)
        {
            foreach (var kind in descriptor.Kinds)
            {
                var rule = descriptor.Create();
                var findings = new Rules.FindingList();
                long number = 0;
                foreach (var line in lines)
                {
                    for (var cut = 0; cut <= line.Length; cut++)
                    {
                        var text = line[..cut];
                        var entry = new LogEntry
                        {
                            Kind = kind, File = "x.log", Line = ++number, Time = (number & 1) == 0 ? null : DateTimeOffset.UnixEpoch.AddSeconds(number),
                            Level = levels[number % levels.Length], Component = components[number % components.Length], Text = text,
                            EventId = eventIds[number % eventIds.Length], Provider = (number & 2) == 0 ? null : "Microsoft-Windows-WindowsUpdateClient",
                            Fields = (number & 4) == 0 ? new LogEntry { Kind = kind, File = "" }.Fields : fieldNames.ToDictionary(name => name, _ => text, StringComparer.OrdinalIgnoreCase),
                        };
                        Assert.That(() => rule.Observe(entry, findings), Throws.Nothing, $"{descriptor.Id} on “{text}”");
                    }
                }

                Assert.That(() => rule.Complete(findings), Throws.Nothing, descriptor.Id);
                Assert.That(findings.Select(f => f.Summary), Is.All.Not.Empty, descriptor.Id);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")]
    private static partial Regex RuleId();
}
