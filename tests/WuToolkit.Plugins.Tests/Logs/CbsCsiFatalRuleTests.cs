using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class CbsCsiFatalRuleTests
{
    private static LogBuilder HydrationFailure() => LogBuilder.Cbs()
        .Info("CSI", "00000006@2023/5/17:15:44:09.081 Starting corruption detection (InnerFlags=2)")
        .Error("CSI", "00000008@2023/5/17:15:44:12.956 (F) onecore\\base\\wcp\\rtllib\\win32lib\\delta_library.cpp(351): Error NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA) originated in function Windows::Rtl::DeltaDecompressBuffer expression: g_pfnApplyDeltaB\n[gle=0x80004005]")
        .Info("CBS", "Added C:\\Windows\\Logs\\CBS\\CBS.log to WER report.")
        .Error("CSI", "00000009 (F) Hydration failed with error NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA) . Delta Type: Reverse Delta , IntegrityState Valid: true , RetrievedChecksum: 239972166 , ComputedChecksum: 239972166[gle=0x80004005]")
        .Error("CSI", "0000000a (F) Hydration failed for component dual_helloface.inf, version 10.0.22621.1635, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35}, type [l:14]'dualModeDriver' on file FaceRecognitionEngineAdapterResources_v4.dll with NTSTATUS -1073283059. Matching Component = dual_helloface.inf")
        .Info("CSI", "0000000b Warning: Unable to repair payload file ([l:44]'FaceRecognitionEngineAdapterResources_v4.dll') for component from backups directory with disposition (2). Falling back to WU.")
        .Error("CSI", "00000016@2023/5/17:15:45:59.302 (F) Attempting to mark store corrupt with category [l:18 ml:19]'CorruptPayloadFile'[gle=0x80004005]")
        .Info("CSI", "00000018@2023/5/17:15:45:59.317 Corruption detection complete. numCorruptions = 1, Disp = 1.");

    [Test]
    public void A_run_of_fatal_lines_is_one_failure_told_by_its_most_specific_line()
    {
        var failure = HydrationFailure().Run(new CbsCsiFatalRule()).Single();

        Assert.That(failure.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That(failure.Entry.Line, Is.EqualTo(5));
        Assert.That(failure.Subject, Is.EqualTo("FaceRecognitionEngineAdapterResources_v4.dll"));
        Assert.That(failure.Code, Is.EqualTo(0x8007000Du), "NTSTATUS -1073283059 is NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)");
        Assert.That(failure.Summary, Does.Contain("dual_helloface.inf"));
    }

    [Test]
    public void Fatal_lines_of_a_scan_whose_repair_then_succeeds_are_dropped()
    {
        var findings = HydrationFailure()
            .Info("CBS", "Summary:")
            .Info("CBS", "Operation: Detect and Repair ")
            .Info("CBS", "Operation result: 0x0")
            .Run(new CbsCsiFatalRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Fatal_lines_of_a_scan_whose_repair_fails_are_failures()
    {
        var findings = HydrationFailure()
            .Info("CBS", "Operation result: 0x800f081f")
            .Run(new CbsCsiFatalRule());

        Assert.That(findings.Failures(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Outside_a_scan_a_fatal_error_is_reported_at_once_with_its_last_error()
    {
        var findings = new Rules.FindingList();
        var rule = new CbsCsiFatalRule();
        var entries = LogBuilder.Cbs()
            .Error("CSI", "00000123 (F) STATUS_SXS_ASSEMBLY_MISSING #4460122# from Windows::ServicingAPI::CCSITransaction::ICSITransaction_PinDeployment[gle=0xd015000c]")
            .Info("CSI", "00000124 Creating NT transaction (seq 1)")
            .Entries;
        foreach (var entry in entries)
        {
            rule.Observe(entry, findings);
        }

        Assert.That(findings, Has.Count.EqualTo(1), "reported when the run ends, before the file does");
        Assert.That(findings[0].Summary, Does.Contain("STATUS_SXS_ASSEMBLY_MISSING"));
        Assert.That(findings[0].Code, Is.EqualTo(0xD015000Cu));
    }

    [Test]
    public void Marking_the_store_corrupt_alone_is_left_to_the_corruption_rule()
    {
        var findings = LogBuilder.Cbs()
            .Error("CSI", "00000032@2019/7/29:15:36:17.166 (F) Attempting to mark store corrupt with category [l:18 ml:19]'CorruptPayloadFile'[gle=0x80004005]")
            .Info("CSI", "00000034@2019/7/29:15:36:17.192 Corruption detection complete. numCorruptions = 9, Disp = 1.")
            .Run(new CbsCsiFatalRule());

        Assert.That(findings, Is.Empty);
    }
}
