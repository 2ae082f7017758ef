using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class CbsSfcRepairRuleTests
{
    private const string CannotRepairDnsapi =
        "00000072 [SR] Cannot repair member file [l:10]'dnsapi.dll' of Microsoft-Windows-DNS-Client-MinWin, version 10.0.22621.1485, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch";

    [Test]
    public void A_file_sfc_repaired_from_backup_and_store_is_Repaired_not_a_failure()
    {
        var findings = LogBuilder.Cbs()
            .Info("CSI", "00000071 Hashes for file member [l:10]'dnsapi.dll' do not match.\n Expected: {l:32 ml:33 b:1b5c}.\n Actual: {l:32 b:cf21}.")
            .Info("CSI", CannotRepairDnsapi)
            .Info("CSI", @"00000074 [SR] Repaired file \SystemRoot\WinSxS\amd64_microsoft-windows-dns-client-minwin_31bf3856ad364e35_10.0.22621.1485_none_757900759eb5b9e6\\[l:10]'dnsapi.dll' by copying from backup")
            .Info("CSI", @"00000076 [SR] Repairing file \??\C:\Windows\System32\\dnsapi.dll from store")
            .Run(new CbsSfcRepairRule());

        var repaired = findings.Single();
        Assert.That(repaired.Severity, Is.EqualTo(FindingSeverity.Repaired));
        Assert.That(repaired.Subject, Is.EqualTo("dnsapi.dll"));
        Assert.That(repaired.Entry.Line, Is.EqualTo(3), "the repair that settled it");
        Assert.That(repaired.RuleId, Is.EqualTo(CbsSfcRepairRule.Id));
    }

    [Test]
    public void A_file_whose_store_copy_is_corrupt_too_is_a_failure_named_once()
    {
        var findings = LogBuilder.Cbs()
            .Info("CSI", "00000084 [SR] Cannot repair member file [l:11]'YuGothB.ttc' of Microsoft-Windows-Font-TrueType-YuGothicBold, version 10.0.22621.1, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch")
            .Info("CSI", "00000086 [SR] Cannot repair member file [l:11]'YuGothB.ttc' of Microsoft-Windows-Font-TrueType-YuGothicBold, version 10.0.22621.1, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch")
            .Info("CSI", @"0000008a [SR] Could not reproject corrupted file \??\C:\Windows\Fonts\\YuGothB.ttc; source file in store is also corrupted")
            .Info("CSI", "0000008b [SR] Verify complete")
            .Run(new CbsSfcRepairRule());

        var failure = findings.Single();
        Assert.That(failure.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That(failure.Subject, Is.EqualTo("YuGothB.ttc"));
        Assert.That(failure.Entry.Line, Is.EqualTo(1));
        Assert.That(failure.Summary, Does.Contain("YuGothB.ttc").And.Contain("RestoreHealth"));
    }

    [Test]
    public void A_repair_that_is_undone_by_a_later_failure_ends_as_a_failure()
    {
        // ntdll.dll in the findstr extract: repaired from backup, then missing, then not reprojectable.
        var findings = LogBuilder.Cbs()
            .Info("CSI", "000000e2 [SR] Cannot repair member file [l:9]'ntdll.dll' of Microsoft-Windows-Ntdll, version 10.0.19041.2788, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch")
            .Info("CSI", @"000000e5 [SR] Unable to repair \SystemRoot\WinSxS\amd64_microsoft-windows-ntdll_31bf3856ad364e35_10.0.19041.2788_none_cd687715b185f10b\\[l:9]'ntdll.dll'")
            .Info("CSI", @"000000e6 [SR] Repaired file \SystemRoot\WinSxS\amd64_microsoft-windows-ntdll_31bf3856ad364e35_10.0.19041.2788_none_cd687715b185f10b\\[l:9]'ntdll.dll' by copying from backup")
            .Info("CSI", "000000e7 [SR] Cannot repair member file [l:9]'ntdll.dll' of Microsoft-Windows-Ntdll, version 10.0.19041.2788, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, file is missing")
            .Info("CSI", @"000000ea [SR] Could not reproject corrupted file \??\C:\Windows\System32\\ntdll.dll; source file in store is also corrupted")
            .Run(new CbsSfcRepairRule());

        var failure = findings.Single();
        Assert.That((failure.Severity, failure.Subject, failure.Entry.Line), Is.EqualTo((FindingSeverity.Failure, "ntdll.dll", 4L)));
    }

    [Test]
    public void A_later_run_that_repairs_the_file_wins()
    {
        var findings = LogBuilder.Cbs()
            .Info("CSI", CannotRepairDnsapi)
            .Info("CSI", "00000080 [SR] Repair complete")
            .Info("CBS", "TiWorker: Client requests SFP repair object.")
            .Info("CSI", @"00000010 [SR] Repairing file \??\C:\Windows\System32\\dnsapi.dll from store")
            .Run(new CbsSfcRepairRule());

        Assert.That(findings.Select(f => f.Severity), Is.EquivalentTo(new[] { FindingSeverity.Info, FindingSeverity.Repaired }));
    }

    [Test]
    public void The_end_of_the_repair_pass_is_context_on_the_timeline()
    {
        var findings = LogBuilder.Cbs().Info("CSI", "0000026d [SR] Repair complete").Run(new CbsSfcRepairRule());

        Assert.That(findings.Single().Severity, Is.EqualTo(FindingSeverity.Info));
    }

    [Test]
    public void Passes_beyond_what_a_real_log_holds_are_not_all_marked()
    {
        var log = LogBuilder.Cbs();
        for (var pass = 0; pass < 1000; pass++)
        {
            log.Info("CSI", "0000026d [SR] Repair complete");
        }

        Assert.That(log.Run(new CbsSfcRepairRule()), Has.Count.EqualTo(64));
    }

    [Test]
    public void A_verify_pass_that_finds_nothing_says_nothing()
    {
        var findings = LogBuilder.Cbs()
            .Info("CBS", "TiWorker: Client requests SFP repair object.")
            .Info("CSI", "00000006 [SR] Verifying 100 components")
            .Info("CSI", "00000007 [SR] Beginning Verify and Repair transaction")
            .Info("CSI", "00000008 [SR] Verify complete")
            .Info("CBS", "[SR] Cannot repair member file written by CBS is not sfc's")
            .Run(new CbsSfcRepairRule());

        Assert.That(findings, Is.Empty);
    }
}
