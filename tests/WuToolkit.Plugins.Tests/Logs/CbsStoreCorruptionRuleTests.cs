using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class CbsStoreCorruptionRuleTests
{
    private static LogBuilder Detected(int count) => LogBuilder.Cbs()
        .Info("CSI", "0000001f@2019/7/29:15:34:41.359 Starting corruption detection (InnerFlags=2)")
        .Info("CSI", $"00000034@2019/7/29:15:36:17.192 Corruption detection complete. numCorruptions = {count}, Disp = 1.");

    private static LogBuilder Summary(LogBuilder log, string operation, string result, int detected, int repaired) => log
        .Info("CBS", "Summary:")
        .Info("CBS", $"Operation: {operation} ")
        .Info("CBS", $"Operation result: {result}")
        .Info("CBS", "Last Successful Step: Entire operation completes.")
        .Info("CBS", $"Total Detected Corruption:\t{detected}")
        .Info("CBS", $"Total Repaired Corruption:\t{repaired}")
        .Info("CBS", $"CheckSur: hrStatus: {result} [S_OK], download Result: 0x0 [S_OK]");

    [Test]
    public void Corruption_with_no_verdict_in_the_log_is_a_warning()
    {
        var warning = Detected(9).Run(new CbsStoreCorruptionRule()).Single();

        Assert.That((warning.Severity, warning.Entry.Line), Is.EqualTo((FindingSeverity.Warning, 2L)));
        Assert.That(warning.Summary, Does.Contain("9"));
    }

    [Test]
    public void Corruption_that_the_repair_fixed_is_Repaired()
    {
        var repaired = Summary(Detected(9), "Detect and Repair", "0x0", 9, 9).Run(new CbsStoreCorruptionRule()).Single();

        Assert.That(repaired.Severity, Is.EqualTo(FindingSeverity.Repaired));
        Assert.That(repaired.Entry.Text, Does.StartWith("Operation result"));
    }

    [Test]
    public void A_repair_that_left_corruption_behind_is_a_failure_but_a_scan_that_only_looked_is_a_warning()
    {
        var partly = Summary(Detected(5), "Detect and Repair", "0x0", 5, 3).Run(new CbsStoreCorruptionRule()).Single();
        var scan = Summary(Detected(5), "Detect only", "0x0", 5, 0).Run(new CbsStoreCorruptionRule()).Single();

        Assert.That(partly.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That(partly.Summary, Does.Contain("3 of 5"));
        Assert.That(scan.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [Test]
    public void A_repair_that_failed_is_a_failure_with_its_code()
    {
        var failure = Summary(Detected(5), "Detect and Repair", "0x800f081f", 5, 0).Run(new CbsStoreCorruptionRule()).Single();

        Assert.That((failure.Severity, failure.Code), Is.EqualTo((FindingSeverity.Failure, (uint?)0x800F081F)));
    }

    [Test]
    public void A_clean_store_says_nothing()
    {
        var findings = Summary(Detected(0), "Detect and Repair", "0x0", 0, 0).Run(new CbsStoreCorruptionRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Servicing_tripping_over_a_corrupt_store_is_a_failure_naming_the_package_unless_repaired()
    {
        var log = LogBuilder.Cbs()
            .Info("CBS", "Mark store corruption flag because of package: Package_105_for_KB3172988~31bf3856ad364e35~amd64~~6.3.1.1. [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]")
            .Error("CBS", "Failed to resolve package 'Package_105_for_KB3172988~31bf3856ad364e35~amd64~~6.3.1.1' [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]")
            .Error("CBS", "Exec: Failed to stage execution package. [HRESULT = 0x80073712 - ERROR_SXS_COMPONENT_STORE_CORRUPT]");

        var failures = log.Run(new CbsStoreCorruptionRule());
        var repaired = Summary(log, "Detect and Repair", "0x0", 0, 0).Run(new CbsStoreCorruptionRule());

        Assert.That(failures.Select(f => (f.Severity, f.Code, f.Entry.Line)), Is.EqualTo(new[]
        {
            (FindingSeverity.Failure, (uint?)0x800F0831, 1L),
            (FindingSeverity.Failure, (uint?)0x80073712, 3L),
        }));
        Assert.That(failures[0].Subject, Is.EqualTo("Package_105_for_KB3172988~31bf3856ad364e35~amd64~~6.3.1.1"));
        Assert.That(repaired.Single().Severity, Is.EqualTo(FindingSeverity.Repaired));
    }
}
