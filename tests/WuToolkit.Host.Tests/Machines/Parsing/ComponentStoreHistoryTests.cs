using System.Globalization;
using System.Text;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Tests.Explain;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>
/// The component store's last verdict, from CBS.log and dism.log files written here the way servicing writes them,
/// read by the log library with the bundled Logs plugin's rules (loaded from the built host, as a live run loads
/// them). The logs are in the PC's local time: here a zone nine hours ahead of UTC.
/// </summary>
public class ComponentStoreHistoryTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.CreateCustomTimeZone("Test+9", TimeSpan.FromHours(9), "Test+9", "Test+9");

    private static IReadOnlyList<ILogRuleFactory> Rules => ComponentStoreHistory.Rules(BundledCodes.Catalog.LogRules);

    private static string Line(string time, string level, string component, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{time}, {level,-22}{component,-7}{text}");

    private static string[] SfcPass(string time, params string[] results) =>
    [
        Line(time, "Info", "CBS", "TiWorker: Client requests SFP repair object"),
        Line(time, "Info", "CSI", "00000001 [SR] Verifying 100 components"),
        Line(time, "Info", "CSI", "00000002 [SR] Beginning Verify and Repair transaction"),
        .. results.Select(result => Line(time, "Info", "CSI", result)),
        Line(time, "Info", "CSI", "00000009 [SR] Verify complete"),
        Line(time, "Info", "CSI", "0000000a [SR] Repair complete"),
    ];

    private static string CannotRepair(string file) =>
        $"00000003 [SR] Cannot repair member file [l:{file.Length}]'{file}' of Microsoft-Windows-Shell, version 10.0.22621.1635, arch amd64, nonSxS, pkt {{l:8 b:31bf3856ad364e35}} in the store, hash mismatch";

    private static string RepairedFromStore(string file) =>
        $@"00000004 [SR] Repairing file \??\C:\Windows\System32\\{file} from store";

    private static string[] CheckSur(string time, string operation, string result, int detected, int repaired) =>
    [
        Line(time, "Info", "CSI", $"00000020@2024/2/10:11:00:00.000 Corruption detection complete. numCorruptions = {detected}, Disp = 1."),
        Line(time, "Info", "CBS", "Summary:"),
        Line(time, "Info", "CBS", $"Operation: {operation} "),
        Line(time, "Info", "CBS", $"Operation result: {result}"),
        Line(time, "Info", "CBS", $"Total Detected Corruption:\t{detected}"),
        Line(time, "Info", "CBS", $"Total Repaired Corruption:\t{repaired}"),
        Line(time, "Info", "CBS", $"CheckSur: hrStatus: {result} [S_OK], download Result: 0x0 [S_OK]"),
    ];

    private static string[] FailedRestoreHealth(string time) =>
    [
        Line(time, "Info", "DISM", "DISM.EXE: <----- Starting Dism.exe session ----->"),
        Line(time, "Info", "DISM", "DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth"),
        Line(time, "Error", "DISM", "DISM Package Manager: PID=4120 TID=6680 Failed to restore the image health. - CPackageManagerCLIHandler::ProcessCmdLine_CleanupImage(hr:0x800f081f)"),
        Line(time, "Info", "DISM", "DISM.EXE: <----- Ending Dism.exe session ----->"),
    ];

    private static ComponentStoreHistory.Reading Read(TempFolder temp, string[] cbs, string[]? dism = null)
    {
        var sources = new List<LogSource> { LogSource.File(Write(temp, "CBS.log", cbs)) };
        if (dism is not null)
        {
            sources.Add(LogSource.File(Write(temp, "dism.log", dism)));
        }

        return ComponentStoreHistory.Read(sources, Rules, Tokyo, CancellationToken.None);
    }

    private static string Write(TempFolder temp, string name, string[] lines)
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        return path;
    }

    [Test]
    public void The_rules_are_the_three_that_know_verdicts_and_none_without_the_logs_plugin()
    {
        Assert.That(Rules.Select(rule => rule.Id), Is.EquivalentTo(new[] { "cbs.sfc-repair", "cbs.store-corruption", "dism.command-failed" }));
        Assert.That(ComponentStoreHistory.Rules([]), Is.Empty);
    }

    [Test]
    public void A_clean_sfc_run_is_healthy_at_its_time_in_utc()
    {
        using var temp = new TempFolder();

        var state = Read(temp, SfcPass("2024-02-10 18:30:00")).State;

        Assert.That((state.Verdict, state.Source), Is.EqualTo((ComponentStoreVerdict.Healthy, "CBS.log")));
        Assert.That(state.ScannedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Files_sfc_could_not_repair_leave_the_store_repairable()
    {
        using var temp = new TempFolder();

        var state = Read(temp, SfcPass("2024-02-10 18:30:00", CannotRepair("twinui.pcshell.dll"), CannotRepair("ntdll.dll"))).State;

        Assert.That(state.Verdict, Is.EqualTo(ComponentStoreVerdict.Repairable));
        Assert.That(state.Detail, Does.Contain("twinui.pcshell.dll").And.EndWith("(+1)"));
        Assert.That(state.ScannedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 10, 9, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_file_a_later_sfc_run_repaired_is_repaired()
    {
        using var temp = new TempFolder();

        var state = Read(temp, [.. SfcPass("2024-02-10 18:30:00", CannotRepair("ntdll.dll")), .. SfcPass("2024-02-11 09:00:00", RepairedFromStore("ntdll.dll"))]).State;

        Assert.That(state.Verdict, Is.EqualTo(ComponentStoreVerdict.Repaired));
        Assert.That(state.ScannedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 11, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_restore_health_that_fixed_the_corruption_is_repaired()
    {
        using var temp = new TempFolder();

        var state = Read(temp, CheckSur("2024-02-10 11:00:00", "Detect and Repair", "0x0", 9, 9)).State;

        Assert.That(state.Verdict, Is.EqualTo(ComponentStoreVerdict.Repaired));
        Assert.That(state.ScannedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 10, 2, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_scan_that_found_corruption_is_repairable()
    {
        using var temp = new TempFolder();

        Assert.That(Read(temp, CheckSur("2024-02-10 11:00:00", "Detect only", "0x0", 5, 0)).State.Verdict, Is.EqualTo(ComponentStoreVerdict.Repairable));
    }

    [Test]
    public void A_repair_that_failed_is_not_repairable_with_its_code()
    {
        using var temp = new TempFolder();

        var state = Read(temp, CheckSur("2024-02-10 11:00:00", "Detect and Repair", "0x800f081f", 5, 0)).State;

        Assert.That(state.Verdict, Is.EqualTo(ComponentStoreVerdict.NotRepairable));
        Assert.That(state.Detail, Does.Contain("0x800F081F").IgnoreCase);
    }

    [Test]
    public void A_failed_restore_health_in_dism_log_after_an_older_repair_is_the_verdict()
    {
        using var temp = new TempFolder();

        var state = Read(temp, CheckSur("2024-02-01 11:00:00", "Detect and Repair", "0x0", 2, 2), FailedRestoreHealth("2024-02-10 12:00:00")).State;

        Assert.That((state.Verdict, state.Source), Is.EqualTo((ComponentStoreVerdict.NotRepairable, "dism.log")));
        Assert.That(state.ScannedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 10, 3, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_newer_clean_sfc_run_outranks_an_older_failed_repair()
    {
        using var temp = new TempFolder();

        var state = Read(temp, [.. CheckSur("2024-02-01 11:00:00", "Detect and Repair", "0x800f081f", 5, 0), .. SfcPass("2024-02-10 18:30:00")]).State;

        Assert.That(state.Verdict, Is.EqualTo(ComponentStoreVerdict.Healthy));
    }

    [Test]
    public void A_log_without_any_scan_is_unknown()
    {
        using var temp = new TempFolder();

        var reading = Read(temp, [Line("2024-02-10 11:00:00", "Info", "CBS", "Loaded Servicing Stack v10.0.22621.3140 with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.3140_none_6b6b9a5c1a2b4a5c\\cbscore.dll")]);

        Assert.That((reading.State.Verdict, reading.State.ScannedUtc, reading.Unreadable.Count), Is.EqualTo((ComponentStoreVerdict.Unknown, (DateTimeOffset?)null, 0)));
    }

    [Test]
    public void A_log_that_could_not_be_read_is_named()
    {
        var reading = ComponentStoreHistory.Read([LogSource.Unreadable(@"C:\Windows\Logs\CBS\CBS.log", "permission denied")], Rules, Tokyo, CancellationToken.None);

        Assert.That(reading.Unreadable, Has.Count.EqualTo(1));
        Assert.That(reading.Unreadable[0], Does.Contain("CBS.log").And.Contain("permission denied"));
    }

    [TestCase("cbs/romi1996_win10_1903_restorehealth_checksur_summary_fixed_S_OK.log", ComponentStoreVerdict.Repaired)]
    [TestCase("cbs/romi1996_win10_1903_restorehealth_detect_numCorruptions9.log", ComponentStoreVerdict.Repairable)]
    [TestCase("cbs/appostarsi_win11_22621_sfc_repair_complete_tail.log", ComponentStoreVerdict.Repairable)]
    [TestCase("cbs/appostarsi_win11_22621_sfc_repaired_from_backup_dnsapi.log", ComponentStoreVerdict.Repairable)] // dnsapi.dll repaired, YuGothB.ttc not
    [TestCase("cbs/appostarsi_win10_19045_sfc_cannot_repair_hash_mismatch.log", ComponentStoreVerdict.Repairable)]
    [TestCase("dism/appostarsi_win11_22621_restorehealth_source_8007010b_8007007b_800f081f_cmdline_typo.log", ComponentStoreVerdict.NotRepairable)]
    [TestCase("cbs/hofcake_win81_cbs_wu_session_invalid_package.log", ComponentStoreVerdict.Unknown)]
    public void Real_logs_from_the_corpus_give_their_verdicts(string file, ComponentStoreVerdict verdict)
    {
        var reading = ComponentStoreHistory.Read([LogSource.File(SharedCorpus.Require(file))], Rules, Tokyo, CancellationToken.None);

        Assert.That(reading.Unreadable, Is.Empty);
        Assert.That(reading.State.Verdict, Is.EqualTo(verdict), reading.State.Detail);
    }
}
