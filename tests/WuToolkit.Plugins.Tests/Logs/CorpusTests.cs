using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;
using static WuToolkit.Abstractions.Logs.FindingSeverity;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Plugins.Tests.Logs;

/// <summary>
/// The rules on real logs: for every corpus file, the findings a person reading it would name (rule, severity,
/// line, code, and the file, package, update, device or phase it names), and nothing else but timeline context
/// (Info). Healthy logs, baselines and files full of noise have no findings at all. Each file is read by the
/// host's log reader, and the rules are the bundled plugin's, loaded by the host's plugin loader and run by its
/// log analyser, one fresh instance per file: the whole path a user's log takes.
/// </summary>
public class CorpusTests
{
    private static readonly Dictionary<string, Expected[]> Expectations = new(StringComparer.Ordinal)
    {
        // sfc: every file it could not repair, once, at the line that settled it; ntdll.dll was "repaired by
        // copying from backup" and then found missing again, so it is a failure.
        ["cbs/appostarsi_findstr_SR_sfcdetails_cannot_repair.txt"] =
        [
            Sfc(Failure, 1, "BCMWL63AL.SYS"), Sfc(Failure, 4, "winload.exe"), Sfc(Failure, 8, "Windows.UI.CredDialogController.dll"),
            Sfc(Failure, 12, "Edge.wim"), Sfc(Failure, 15, "edgehtml.dll"), Sfc(Failure, 24, "cscsvc.dll"),
            Sfc(Failure, 28, "TieringEngineService.exe"), Sfc(Failure, 32, "System.ServiceModel.dll"),
            Sfc(Failure, 38, "Windows.System.Profile.HardwareId.dll"), Sfc(Failure, 42, "System.Data.dll"),
            Sfc(Failure, 143, "NETwNs64.sys"), Sfc(Failure, 157, "wdscore.dll"), Sfc(Failure, 161, "WPTaskScheduler.dll"),
            Sfc(Failure, 170, "micaut.dll"), Sfc(Failure, 225, "comctl32.dll"), Sfc(Failure, 229, "msyh.ttc"),
            Sfc(Failure, 234, "ntdll.dll"),
        ],
        ["cbs/appostarsi_win10_19045_sfc_cannot_repair_hash_mismatch.log"] =
        [
            Sfc(Failure, 57, "BCMWL63AL.SYS"), Sfc(Failure, 102, "winload.exe"), Sfc(Failure, 136, "Windows.UI.CredDialogController.dll"),
            Sfc(Failure, 188, "Edge.wim"), Sfc(Failure, 236, "edgehtml.dll"),
        ],
        ["cbs/appostarsi_win10_cbs_utf8bom_head.log"] = [],
        ["cbs/appostarsi_win11_22621_restorehealth_hydration_failed_numCorruptions5.log"] =
        [
            new(CbsCsiFatalRule.Id, Failure, 23, 0x8007000D, "FaceRecognitionEngineAdapterResources_v4.dll"),
            new(CbsCsiFatalRule.Id, Failure, 42, 0x8007000D, @"CBS\Microsoft.CognitiveServices.Speech.extension.embedded.tts.dll"),
            new(CbsStoreCorruptionRule.Id, Warning, 46),
        ],
        // The wallpaper is a picture: sfc could not restore it, but it stops nothing.
        ["cbs/appostarsi_win11_22621_sfc_repair_complete_tail.log"] =
        [
            Sfc(Warning, 7, "img23.jpg"), Sfc(Failure, 11, "twinui.pcshell.dll"),
        ],
        ["cbs/appostarsi_win11_22621_sfc_repaired_from_backup_dnsapi.log"] =
        [
            Sfc(Repaired, 131, "dnsapi.dll"), Sfc(Failure, 151, "YuGothB.ttc"),
        ],
        ["cbs/hofcake_win81_cbs_wu_session_invalid_package.log"] = [],
        ["cbs/romi1996_win10_1903_restorehealth_checksur_summary_fixed_S_OK.log"] = [new(CbsStoreCorruptionRule.Id, Repaired, 49)],
        ["cbs/romi1996_win10_1903_restorehealth_detect_numCorruptions9.log"] = [new(CbsStoreCorruptionRule.Id, Warning, 44)],
        // Named for the Cannot-repair lines of its source, but the excerpt holds only sfc's start and clean verify passes.
        ["cbs/scarlaglen_win11_22621_sfc_start_cannot_repair_svg_assets.log"] = [],

        ["dism/abcdra_win10_1903_dism_cleanmgr_blank_component_error_lines.log"] = [],
        ["dism/appostarsi_win10_19045_restorehealth_800f0821_800704c7.log"] =
        [
            new(DismCommandFailedRule.Id, Failure, 130, 0x800704C7, "dism /online /cleanup-image /restorehealth"),
        ],
        ["dism/appostarsi_win10_19045_scanhealth_800706be.log"] =
        [
            new(DismCommandFailedRule.Id, Failure, 129, 0x800706BE, "dism /online /cleanup-image /scanhealth"),
        ],
        ["dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log"] =
        [
            new(DismCommandLineRule.Id, Failure, 19, null, @"dism /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limit access"),
            new(DismAddSourceRule.Id, Warning, 71, 0x8007010B, @"I:\sources\install.wim"),
            new(DismCommandFailedRule.Id, Failure, 79, 0x800F081F, @"dism /online /cleanup-image /restorehealth /source:I:\sources\install.wim /limitaccess"),
            new(DismCommandLineRule.Id, Failure, 100, null, @"dism /online /cleanup-image /restorehealth /source:F:\Win\Win11 Iso\sources\install.wim /limitaccess"),
            new(DismAddSourceRule.Id, Warning, 152, 0x8007007B, @"F:\Win\Win11\sources\install.wim"),
            new(DismCommandFailedRule.Id, Failure, 160, 0x800F081F, @"dism /online /cleanup-image /restorehealth /source:F:\Win\Win11\sources\install.wim /limitaccess"),
        ],
        ["dism/dieterreuter_win7_dism_bad_syntax_no_providers_failed_validating.log"] =
        [
            new(DismCommandLineRule.Id, Failure, 118, null, "/enablefeature"),
            new(DismCommandLineRule.Id, Failure, 165, null, "dism.exe /Online"),
        ],
        ["dism/dieterreuter_win7_dism_enable_feature_telnet_success_baseline.log"] = [],
        ["dism/issue_winutil5027_dism_grep_v_info_wim_mount_untimestamped.log"] = [],

        ["windowsupdate/appostarsi_win10_19045_download_trust_80096010.log"] =
        [
            new(WuFailureRule.Id, Failure, 39, 0x80096010, "4E95DCBD-E67C-46AF-985B-F29D655C3480.1"),
        ],
        ["windowsupdate/appostarsi_win10_19045_driver_install_800F024B_8024200B.log"] =
        [
            new(WuFailureRule.Id, Failure, 7, 0x80240009, "4E95DCBD-E67C-46AF-985B-F29D655C3480.1"),
            new(WuDriverInstallRule.Id, Failure, 53, 0x800F024B, @"pci\ven_10de&dev_1b81"),
        ],
        ["windowsupdate/findingsanity_win10_1809_wsus_bits_8020002B_DO_80D05001_403_80244018.log"] =
        [
            new(WuFailureRule.Id, Failure, 23, 0x8020002B, "E3766677-6547-4EC8-9097-4C7E37190DDA.1"),
            new(WuFailureRule.Id, Failure, 106, 0x80D05001, "4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200"),
            new(WuFailureRule.Id, Failure, 163, 0x80190193, "FF95561B-934D-4F58-AF55-CABBDFFB1A92.1"),
            new(WuFailureRule.Id, Failure, 209, 0x80D05001, "FF95561B-934D-4F58-AF55-CABBDFFB1A92.1"),
        ],
        ["windowsupdate/issue_cloudbase53_win2008r2_classic_wsus_selfupdate_80072ee2.log"] =
        [
            new(WuFailureRule.Id, Failure, 8, 0x80072EE2, "http://mywsusurl//selfupdate/wuident.cab"),
        ],
        ["windowsupdate/issue_legacyupdate8_vista_classic_au_init.log"] = [],
        ["windowsupdate/issue_legacyupdate8_vista_classic_search_8024000B.log"] = [new(WuFailureRule.Id, Failure, 10, 0x8024000B)],
        ["windowsupdate/issue_legacyupdate8_vista_classic_unable_to_detect.log"] = [new(WuUnableToDetectRule.Id, Warning, 2)],
        ["windowsupdate/lee7723_win10_getwulog_dash_date_format_80246007.log"] = [new(WuFailureRule.Id, Warning, 23, 0x80246007)],
        ["windowsupdate/rkudache31_win7_wua7.6_classic_format_healthy_baseline.log"] = [],
        ["windowsupdate/waca0895_win11_22621_transient_80072EFE_retry_default_proxy.log"] = [new(WuFailureRule.Id, Warning, 24, 0x80072EFE)],
        ["windowsupdate/zayrexdev_win11_getwulog_utf8bom_head.log"] = [],

        // BlockMigration on two unsigned driver packages: they stay behind, Setup goes on.
        ["setup/appostarsi_CompatData_ScanResult.xml"] =
        [
            new(SetupCompatBlockRule.Id, Warning, 13, null, "oem1.inf"), new(SetupCompatBlockRule.Id, Warning, 14, null, "oem0.inf"),
        ],
        ["setup/appostarsi_SetupDiagResults.log"] = [new(SetupDiagResultRule.Id, Failure, 2, 0x8007000D, "FindRollbackFailure")],
        ["setup/appostarsi_setupact_apply_wim_failed_80070570.log"] =
        [
            new(SetupOperationFailedRule.Id, Failure, 40, 0x80070570, @"Apply WIM file PathForNewOSFile, index 6 to C:\$WINDOWS.~BT\NewOS"),
        ],
        ["setup/appostarsi_setupact_appraiser_no_internet_80072ee7.log"] = [],
        ["setup/appostarsi_setupact_rollback_utf8bom_head.log"] = [new(SetupRollbackRule.Id, Failure, 1, 0x8007000D, "SafeOS,Start")],
        ["setup/appostarsi_setupact_safeos_main_operation_failed_8007000D_tail.log"] =
        [
            new(SetupOperationFailedRule.Id, Failure, 259, 0x80070570, @"Apply WIM file PathForNewOSFile, index 6 to D:\$WINDOWS.~BT\NewOS"),
            new(SetupPhaseFailedRule.Id, Failure, 265, 0x8007000D, "Safe OS"),
        ],
        ["setup/appostarsi_setupact_tpm_cpu_bypass_check_blank_component.log"] = [],
        // Every clean install logs the missing system-profile hive; SetupCl goes on with the default profile.
        ["setup/bitbtrust_setupact_winpe_de_de_profile_hive_missing.log"] = [],
        ["setup/bitbtrust_setuperr_winpe_clean_install.log"] = [],
        ["setup/issue_msdocs6945_setupdiag_FindRollbackFailure_C1900101-40017_TRUNCATED.xml.txt"] =
        [
            new(SetupDiagResultRule.Id, Failure, 4, 0xC1900101, "FindRollbackFailure"),
        ],
        ["setup/msdocs_setupdiag_sample_FindSPFatalError.json"] = [new(SetupDiagResultRule.Id, Failure, 3, 0x80070057, "FindSPFatalError")],
        ["setup/msdocs_setupdiag_sample_FindSPFatalError.xml"] = [new(SetupDiagResultRule.Id, Failure, 4, 0x80070057, "FindSPFatalError")],
        ["setup/msdocs_setupdiag_sample_text_OptionalComponentOpenPackageFailed.log"] =
        [
            new(SetupDiagResultRule.Id, Failure, 1, 0x8007001F, "OptionalComponentOpenPackageFailed"),
        ],
        // DISM could not start its image session (class not registered); the boot command that needed it failed after.
        ["setup/rickaK77_setupact_dismhost_80040154_set_boot_command_failed.log"] =
        [
            new(SetupCauseRule.Id, Failure, 12, 0x80040154),
            new(SetupOperationFailedRule.Id, Failure, 54, 0x80040154, @"Set boot command %SYSTEMDRIVE%\$WINDOWS.~BT\Sources\SetupPlatform.exe /postoobe for phase DismPostOobe"),
        ],
        ["setup/rickaK77_setupact_downlevel_80070032_setupphase_error.log"] =
        [
            new(SetupFirstErrorRule.Id, Failure, 15, 0x80070032, "CSetupPlatform::Initialize"),
            new(SetupPhaseErrorRule.Id, Failure, 36, 0x80070032, "SetupPhaseInstall"),
        ],
        ["setup/rickaK77_setupact_setuphost_begin_utf8bom_head.log"] = [],
    };

    /// <summary>The healthy, baseline and noise files the analysis must not call failures.</summary>
    private static readonly string[] Healthy =
    [
        "windowsupdate/rkudache31_win7_wua7.6_classic_format_healthy_baseline.log",
        "dism/dieterreuter_win7_dism_enable_feature_telnet_success_baseline.log",
        "cbs/hofcake_win81_cbs_wu_session_invalid_package.log",
        "setup/appostarsi_setupact_appraiser_no_internet_80072ee7.log",
        "cbs/romi1996_win10_1903_restorehealth_checksur_summary_fixed_S_OK.log",
        "dism/abcdra_win10_1903_dism_cleanmgr_blank_component_error_lines.log",
        "windowsupdate/waca0895_win11_22621_transient_80072EFE_retry_default_proxy.log",
        "dism/issue_winutil5027_dism_grep_v_info_wim_mount_untimestamped.log",
        "setup/appostarsi_setupact_tpm_cpu_bypass_check_blank_component.log",
    ];

    /// <summary>
    /// Where a person reading each failing log would start: the cause, never an outcome (a phase that failed, a rollback)
    /// when a cause is known, never noise, and in a log of several attempts the cause of the last one.
    /// </summary>
    private static readonly Dictionary<string, (string Rule, long Line)> StartHere = new(StringComparer.Ordinal)
    {
        ["setup/appostarsi_setupact_apply_wim_failed_80070570.log"] = (SetupOperationFailedRule.Id, 40),
        ["setup/appostarsi_setupact_safeos_main_operation_failed_8007000D_tail.log"] = (SetupOperationFailedRule.Id, 259),
        ["setup/appostarsi_setupact_rollback_utf8bom_head.log"] = (SetupRollbackRule.Id, 1),
        ["setup/rickaK77_setupact_dismhost_80040154_set_boot_command_failed.log"] = (SetupCauseRule.Id, 12),
        ["setup/rickaK77_setupact_downlevel_80070032_setupphase_error.log"] = (SetupFirstErrorRule.Id, 15),
        ["setup/appostarsi_SetupDiagResults.log"] = (SetupDiagResultRule.Id, 2),
        ["setup/msdocs_setupdiag_sample_FindSPFatalError.json"] = (SetupDiagResultRule.Id, 3),
        ["dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log"] = (DismCommandFailedRule.Id, 160),
        ["dism/appostarsi_win10_19045_restorehealth_800f0821_800704c7.log"] = (DismCommandFailedRule.Id, 130),
        ["cbs/appostarsi_win11_22621_restorehealth_hydration_failed_numCorruptions5.log"] = (CbsCsiFatalRule.Id, 23),
    };

    public static IEnumerable<string> Files() => Expectations.Keys.Order(StringComparer.Ordinal);

    public static IEnumerable<string> StartFiles() => StartHere.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(StartFiles))]
    public void The_failure_marked_start_here_is_the_cause_a_person_would_start_at(string file)
    {
        var analysis = Analyze(file);
        var report = new LogReport([analysis.File], analysis.Findings, analysis.Problems, TimeSpan.Zero);

        var first = report.FirstFailure();
        Assert.That(first, Is.Not.Null);
        Assert.That((first!.RuleId, first.Entry.Line), Is.EqualTo(StartHere[file]), Describe(analysis.Findings));
    }

    [TestCaseSource(nameof(Files))]
    public void No_healthy_log_or_benign_line_is_marked_start_here(string file)
    {
        var analysis = Analyze(file);
        var report = new LogReport([analysis.File], analysis.Findings, analysis.Problems, TimeSpan.Zero);

        var first = report.FirstFailure();
        if (Healthy.Contains(file) || !Expectations[file].Any(expected => expected.Severity == Failure))
        {
            Assert.That(first, Is.Null, "a log without a failure has nothing to start at");
        }
        else
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(Expectations[file].Any(expected => expected.Severity == Failure && expected.Matches(first!)), Is.True,
                $"start here is one of the failures a person would name, not another line: {first!.RuleId} line {first.Entry.Line}");
        }
    }

    [Test]
    public void Every_log_in_the_corpus_has_its_expected_findings_here()
    {
        Assert.That(Corpus.LogFiles(), Is.EquivalentTo(Expectations.Keys), "a corpus file without expectations would be tested for nothing");
    }

    [TestCaseSource(nameof(Files))]
    public void Finds_what_a_person_reading_the_log_would_name(string file)
    {
        var analysis = Analyze(file);
        Assert.That(analysis.Problems, Is.Empty, "no rule crashed");

        var unmatched = analysis.Findings.Where(finding => finding.Severity != Info).ToList();
        var listing = Describe(analysis.Findings);
        foreach (var expected in Expectations[file])
        {
            var match = unmatched.FirstOrDefault(expected.Matches);
            Assert.That(match, Is.Not.Null, $"missing {expected}; found:\n{listing}");
            unmatched.Remove(match!);
            Assert.That(match!.Summary, Is.Not.Empty);
        }

        Assert.That(unmatched, Is.Empty, $"unexpected findings; found:\n{listing}");
    }

    [TestCaseSource(nameof(Healthy))]
    public void Healthy_logs_and_noise_are_not_failures(string file)
    {
        Assert.That(Analyze(file).Findings.Failures(), Is.Empty);
    }

    [Test]
    public void A_repaired_store_says_what_was_repaired()
    {
        var repaired = Analyze("cbs/romi1996_win10_1903_restorehealth_checksur_summary_fixed_S_OK.log").Findings.Single();

        Assert.That(repaired.Severity, Is.EqualTo(Repaired));
        Assert.That(repaired.Summary, Does.Contain("9"));
    }

    [Test]
    public void The_source_files_failure_says_how_to_give_DISM_its_files()
    {
        var failure = Analyze("dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log")
            .Findings.First(f => f.Code == 0x800F081F);

        Assert.That(failure.Summary, Does.Contain("/Source").And.Contain("Windows Update"));
        Assert.That(failure.CheckIds, Does.Contain("network.endpoints"));
    }

    [Test]
    public void The_first_failure_of_a_failed_upgrade_is_the_corrupt_image_not_the_phase_it_broke()
    {
        var file = "setup/appostarsi_setupact_safeos_main_operation_failed_8007000D_tail.log";
        var analysis = Analyze(file);
        var report = new LogReport([analysis.File], analysis.Findings, analysis.Problems, TimeSpan.Zero);

        Assert.That(report.FirstFailure()?.Code, Is.EqualTo(0x80070570u));
        Assert.That(report.FirstFailure()?.Summary, Does.Contain("mscordbi.dll"));
    }

    [Test]
    public void The_same_unusable_source_in_two_sessions_is_one_finding_said_twice()
    {
        // Lines 152 and 216 give the same warning in words and code: the analyzer keeps the first and counts the second.
        var analysis = Analyze("dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log");
        var warning = analysis.Findings.Single(f => f.RuleId == DismAddSourceRule.Id && f.Code == 0x8007007B);
        Assert.That(warning.Entry.Line, Is.EqualTo(152));
        Assert.That(analysis.Repeats![warning], Is.EqualTo(1));
    }

    private static FileAnalysis Analyze(string file)
    {
        var kind = Corpus.KindOf(file);
        var path = Corpus.PathOf(file);
        // The folder says what each file is; the corpus names are not the names Windows gives its logs.
        var entries = LogReader.Read(path, new LogReadOptions { Kind = kind });
        return new LogAnalyzer(BundledRules.All).Analyze(path, kind, entries, CancellationToken.None);
    }

    private static string Describe(IEnumerable<LogFinding> findings) => string.Join("\n", findings.Select(f =>
        $"  {f.Severity} {f.RuleId} line {f.Entry.Line} {(f.Code is { } code ? HResultText(code) : "-")} [{f.Subject}] {f.Summary}"));

    private static string HResultText(uint code) => "0x" + code.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);

    private static Expected Sfc(FindingSeverity severity, long line, string file) => new(CbsSfcRepairRule.Id, severity, line, null, file);

    /// <summary>One finding a corpus file must give: the subject is compared when given.</summary>
    private sealed record Expected(string Rule, FindingSeverity Severity, long Line, uint? Code = null, string? Subject = null)
    {
        public bool Matches(LogFinding finding) =>
            finding.RuleId == Rule && finding.Severity == Severity && finding.Entry.Line == Line && finding.Code == Code &&
            (Subject is null || finding.Subject == Subject);

        public override string ToString() =>
            $"{Severity} {Rule} line {Line} {(Code is { } code ? HResultText(code) : "-")} [{Subject}]";
    }
}
