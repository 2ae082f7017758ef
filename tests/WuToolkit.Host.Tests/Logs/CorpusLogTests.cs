using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// The reader over the real logs in ../shared/corpus (without them these tests are not run, and say so; CI requires
/// them, see <see cref="SharedCorpus"/>). The assertions are what a person reading the files would point at.
/// </summary>
public class CorpusLogTests
{
    private static readonly string[] LogFolders = ["cbs", "dism", "windowsupdate", "setup"];

    private static IEnumerable<TestCaseData> CorpusFiles()
    {
        if (!Directory.Exists(SharedCorpus.Root))
        {
            // One case that reports the missing corpus (not run, or failed where it is required) rather than none.
            yield return new TestCaseData("(missing)", LogKind.Unknown).SetName("Corpus folder is present");
            yield break;
        }

        foreach (var folder in LogFolders)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(SharedCorpus.Root, folder)).Order(StringComparer.Ordinal))
            {
                var expected = folder switch
                {
                    "cbs" => LogKind.Cbs,
                    "dism" => LogKind.Dism,
                    "windowsupdate" => LogKind.WindowsUpdate,
                    _ => LogKind.Unknown, // setup: several kinds, checked below
                };
                yield return new TestCaseData(Path.GetRelativePath(SharedCorpus.Root, path), expected).SetName($"Corpus {folder}/{Path.GetFileName(path)}");
            }
        }
    }

    [OneTimeSetUp]
    public void CorpusIsThere() => SharedCorpus.Require();

    [TestCaseSource(nameof(CorpusFiles))]
    public void Every_corpus_log_reads_into_entries_of_its_kind(string relative, LogKind expected)
    {
        var path = SharedCorpus.Require(relative);
        Assert.That(File.Exists(path), Is.True, path);

        using var file = LogReader.Open(path);
        var entries = file.Entries().ToList();

        Assert.That(entries, Is.Not.Empty);
        Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(file.Kind));
        Assert.That(file.Kind, expected == LogKind.Unknown ? Is.Not.EqualTo(LogKind.Unknown) : Is.EqualTo(expected));
        Assert.That(entries.Select(e => e.Line), Is.Ordered, "entries come in file order");
        Assert.That(entries.Any(e => e.Text.StartsWith('\uFEFF')), Is.False, "no byte order mark in any text");
        if (file.Kind is LogKind.Cbs or LogKind.Dism or LogKind.WindowsUpdate or LogKind.SetupAct or LogKind.SetupErr)
        {
            var lines = File.ReadAllLines(path).Length;
            Assert.That(entries.Select(e => e.Time), Has.Some.Not.Null, "timestamped lines have their time");
            Assert.That(entries[^1].Line, Is.LessThanOrEqualTo(lines));
        }
    }

    [Test]
    public void Cbs_hydration_failure_is_at_its_line_with_its_component()
    {
        var entries = Read("cbs/appostarsi_win11_22621_restorehealth_hydration_failed_numCorruptions5.log");

        var hydration = entries.First(e => e.Text.Contains("(F) Hydration failed", StringComparison.Ordinal));
        Assert.That((hydration.Line, hydration.Level, hydration.Component), Is.EqualTo((22L, "Error", "CSI")));
        Assert.That(hydration.Time, Is.EqualTo(new DateTimeOffset(2023, 5, 17, 8, 44, 13, TimeSpan.Zero)));
        Assert.That(entries.Count(e => e.Text.Contains("(F) Hydration failed", StringComparison.Ordinal)), Is.EqualTo(4));

        var hashes = entries.Single(e => e.Line == 11);
        Assert.That(hashes.Text, Does.Contain("do not match.\n Expected: {l:32").And.Contain("\n Actual: {l:32"), "continuation lines folded");
        var cutError = entries.Single(e => e.Line == 14);
        Assert.That(cutError.Text, Does.EndWith("\n[gle=0x80004005]"), "the line break inside the (F) message is folded back");
        Assert.That(entries.Single(e => e.Text.Contains("numCorruptions = 5", StringComparison.Ordinal)).Line, Is.EqualTo(46));
    }

    [Test]
    public void Cbs_checksur_summary_keeps_its_tabs()
    {
        var entries = Read("cbs/romi1996_win10_1903_restorehealth_checksur_summary_fixed_S_OK.log");

        Assert.That(entries.Count(e => e.Text.StartsWith("(p)\tCSI Payload Corrupt\t(w)\t(Fixed)\t", StringComparison.Ordinal)), Is.EqualTo(9));
        Assert.That(entries.Select(e => e.Text), Does.Contain("\tCSI Payload Repaired:\t9"));
        Assert.That(entries.Single(e => e.Text.StartsWith("CheckSur: hrStatus:", StringComparison.Ordinal)).Component, Is.EqualTo("CBS"));
    }

    [Test]
    public void Cbs_byte_order_mark_does_not_hide_the_first_line()
    {
        var first = Read("cbs/hofcake_win81_cbs_wu_session_invalid_package.log")[0];

        Assert.That((first.Line, first.Component, first.Text), Is.EqualTo((1L, "CBS", "TI: --- Initializing Trusted Installer ---")));
        Assert.That(first.Time, Is.EqualTo(new DateTimeOffset(2015, 2, 23, 21, 47, 27, TimeSpan.Zero)));
    }

    [Test]
    public void Dism_untimestamped_wim_lines_and_blank_components()
    {
        var wim = Read("dism/issue_winutil5027_dism_grep_v_info_wim_mount_untimestamped.log");
        var blank = Read("dism/abcdra_win10_1903_dism_cleanmgr_blank_component_error_lines.log");

        Assert.That(wim[0].Time, Is.Null);
        Assert.That(wim[0].Text, Does.StartWith("[6172.4860] Mounting new image.\nWim:         [C:\\junk"));
        Assert.That(wim.Where(e => e.Time is not null).Select(e => (e.Line, e.Level, e.Component)), Is.EqualTo(new[]
        {
            (9L, "Warning", "DISM"), (10L, "Warning", "DISM"), (11L, "Warning", "DISM"),
        }));
        var enumerate = blank.First(e => e.Level == "Error");
        Assert.That(enumerate.Component, Is.Empty);
        Assert.That(enumerate.Text, Does.StartWith("EnumeratePathEx: FindFirstFile failed"));
    }

    [Test]
    public void Dism_command_line_error_is_read_with_its_hresult_text()
    {
        var entries = Read("dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log");

        var error = entries.First(e => e.Level == "Error");
        Assert.That(error.Component, Is.EqualTo("DISM"));
        Assert.That(error.Text, Does.StartWith("DISM.EXE: Failed validating command line"));
        Assert.That(entries.Any(e => e.Text.Contains("(hr:0x800f081f)", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void WindowsUpdate_failed_call_in_the_dash_date_format()
    {
        var entries = Read("windowsupdate/lee7723_win10_getwulog_dash_date_format_80246007.log");

        var failed = entries.First(e => e.Text.StartsWith("*FAILED* [80246007]", StringComparison.Ordinal));
        Assert.That((failed.Line, failed.Component, failed.Level), Is.EqualTo((23L, "ComApi", "")));
        Assert.That(failed.Text, Is.EqualTo("*FAILED* [80246007] ISusInternal:: IsCommitRequired"));
        Assert.That(failed.Time, Is.EqualTo(new DateTimeOffset(2020, 9, 20, 13, 21, 12, TimeSpan.Zero).AddTicks(9746753)));
    }

    [Test]
    public void WindowsUpdate_classic_format_agent_entries()
    {
        var entries = Read("windowsupdate/issue_cloudbase53_win2008r2_classic_wsus_selfupdate_80072ee2.log");

        Assert.That(entries, Has.Count.EqualTo(File.ReadAllLines(Corpus("windowsupdate/issue_cloudbase53_win2008r2_classic_wsus_selfupdate_80072ee2.log")).Length));
        Assert.That(entries.Take(5).Select(e => e.Component), Is.All.EqualTo("Agent"));
        Assert.That(entries[1].Text, Is.EqualTo("  * Online = Yes; Ignore download priority = No"));
        var warning = entries.Single(e => e.Text.StartsWith("WARNING: Send failed", StringComparison.Ordinal));
        Assert.That((warning.Line, warning.Component), Is.EqualTo((8L, "Misc")));
        Assert.That(warning.Text, Is.EqualTo("WARNING: Send failed with hr = 80072ee2."));
        Assert.That(warning.Time, Is.EqualTo(new DateTimeOffset(2016, 9, 8, 10, 48, 43, 109, TimeSpan.Zero)));
    }

    [Test]
    public void WindowsUpdate_utf8_byte_order_mark_head()
    {
        var first = Read("windowsupdate/zayrexdev_win11_getwulog_utf8bom_head.log")[0];

        Assert.That((first.Line, first.Component), Is.EqualTo((1L, "Agent")));
        Assert.That(first.Time, Is.EqualTo(new DateTimeOffset(2025, 1, 4, 14, 44, 39, TimeSpan.Zero).AddTicks(7026250)));
    }

    [Test]
    public void Setup_logs_read_their_components_and_message_ids()
    {
        var setuperr = Read("setup/bitbtrust_setuperr_winpe_clean_install.log").Single();
        var rollback = Read("setup/appostarsi_setupact_rollback_utf8bom_head.log");
        var safeOs = Read("setup/appostarsi_setupact_safeos_main_operation_failed_8007000D_tail.log");

        Assert.That((setuperr.Kind, setuperr.Level, setuperr.Component), Is.EqualTo((LogKind.SetupErr, "Error", "IBS")));
        Assert.That(setuperr.Text, Does.StartWith("[SetupCl library] Required profile hive does not exist"));
        Assert.That(rollback.Where(e => e.Component == "IBSLIB").Select(e => e.Level), Is.All.AnyOf("Info", "Warning").And.Not.Empty);
        var main = safeOs.Single(e => e.Text.StartsWith("ExecuteOperations: Main operation execution failed", StringComparison.Ordinal));
        Assert.That((main.Level, main.Component), Is.EqualTo(("Error", "SP")));
    }

    [Test]
    public void SetupDiag_text_names_the_profile_the_error_and_the_phase()
    {
        var entries = Read("setup/appostarsi_SetupDiagResults.log");

        Assert.That(entries.All(e => e.Kind == LogKind.SetupDiag), Is.True);
        Assert.That(Field(entries, "ProfileName"), Is.EqualTo("FindRollbackFailure"));
        Assert.That(Field(entries, "Error"), Is.EqualTo("0x8007000D-0x2000C"));
        Assert.That(Field(entries, "ExtendedCode"), Is.EqualTo("0x2000C"));
        Assert.That(Field(entries, "LastSetupPhase"), Is.EqualTo("Safe OS"));
        Assert.That(Field(entries, "LastSetupOperation"), Is.EqualTo("Apply WIM file PathForNewOSFile, index 6 to D:\\$WINDOWS.~BT\\NewOS"));
        Assert.That(entries.Single(e => e.Component == "ProfileName").Line, Is.EqualTo(2));
    }

    [Test]
    public void SetupDiag_json_and_xml_samples_name_their_profile()
    {
        var json = Read("setup/msdocs_setupdiag_sample_FindSPFatalError.json");
        var xml = Read("setup/msdocs_setupdiag_sample_FindSPFatalError.xml");

        Assert.That(Field(json, "ProfileName"), Is.EqualTo("FindSPFatalError"));
        Assert.That(Field(xml, "ProfileName"), Is.EqualTo("FindSPFatalError"));
        Assert.That(Field(json, "Error"), Is.EqualTo("0x00000057"));
        Assert.That(Field(json, "LastSetupPhase"), Is.EqualTo("Downlevel"));
        Assert.That(json.Single(e => e.Component == "UpgradeStartTime").Time, Is.EqualTo(new DateTimeOffset(2019, 6, 6, 21, 19, 10, TimeSpan.FromHours(-7))));
        Assert.That(xml.Select(e => e.Component), Is.SupersetOf(new[] { "LogErrorLine", "FailureData", "FailureDetails", "Error", "LastSetupOperation" }));
    }

    [Test]
    public void SetupDiag_truncated_xml_still_names_profile_codes_and_phase()
    {
        var entries = Read("setup/issue_msdocs6945_setupdiag_FindRollbackFailure_C1900101-40017_TRUNCATED.xml.txt");

        Assert.That(Field(entries, "ProfileName"), Is.EqualTo("FindRollbackFailure"));
        Assert.That(Field(entries, "RollbackErrorCode"), Is.EqualTo("0xC1900101"));
        Assert.That(Field(entries, "ExtendedCode"), Is.EqualTo("0x40017"));
        Assert.That(Field(entries, "LastSetupPhase"), Is.EqualTo("Post First Boot"));
    }

    [Test]
    public void CompatData_marks_the_driver_packages_that_block_migration()
    {
        var entries = Read("setup/appostarsi_CompatData_ScanResult.xml");

        Assert.That(entries.Where(e => e.Level == "Block").Select(e => e.Text), Is.EqualTo(new[]
        {
            "Inf=oem1.inf; BlockMigration=True; HasSignedBinaries=False",
            "Inf=oem0.inf; BlockMigration=True; HasSignedBinaries=False",
        }));
        Assert.That(entries.Where(e => e.Component == "HardwareItem").Select(e => e.Level), Is.EqualTo(Enumerable.Repeat("Info", 7)));
    }

    [Test]
    public void Console_captures_in_legacy_code_pages_and_utf16_decode()
    {
        var gbk = Read("cmd/wesng_systeminfo_win10_1809_zh-cn_GBK.txt");
        var cp850 = Read("cmd/wesng_systeminfo_win10_1803_it_CP850.txt");
        var cp850Told = LogReader.Read(Corpus("cmd/wesng_systeminfo_win10_1803_it_CP850.txt"), new LogReadOptions { Encoding = LogReadOptions.CodePage(850) }).ToList();
        var utf16 = Read("cmd/wesng_systeminfo_win7_fr_powershell_redirect_UTF16LE.txt");

        Assert.That(gbk[0].Text, Does.StartWith("主机名:"));
        Assert.That(cp850.Select(e => e.Line).Max(), Is.EqualTo(File.ReadAllLines(Corpus("cmd/wesng_systeminfo_win10_1803_it_CP850.txt")).Length), "0x85 breaks no line");
        Assert.That(cp850Told.Select(e => e.Text), Has.Some.Contains("à"));
        Assert.That(utf16[0].Text, Does.StartWith("Nom de l'hôte:"));
    }

    private static string Corpus(string relative) => SharedCorpus.Require(relative);

    private static List<LogEntry> Read(string relative) => [.. LogReader.Read(Corpus(relative))];

    private static string Field(IEnumerable<LogEntry> entries, string component) => entries.First(e => e.Component == component).Text;
}
