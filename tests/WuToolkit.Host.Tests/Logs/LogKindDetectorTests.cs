using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

public class LogKindDetectorTests
{
    [TestCase("CBS.log", LogKind.Cbs)]
    [TestCase(@"C:\Windows\Logs\CBS\CbsPersist_20240301120000.log", LogKind.Cbs)]
    [TestCase("dism.log", LogKind.Dism)]
    [TestCase("WindowsUpdate.log", LogKind.WindowsUpdate)]
    [TestCase("WindowsUpdate.20240301.log", LogKind.WindowsUpdate)]
    [TestCase("setupact.log", LogKind.SetupAct)]
    [TestCase("setupact_rollback.log", LogKind.SetupAct)]
    [TestCase("SETUPERR.LOG", LogKind.SetupErr)]
    [TestCase("SetupDiagResults.log", LogKind.SetupDiag)]
    [TestCase("SetupDiagResults.xml", LogKind.SetupDiag)]
    [TestCase("SetupDiagResults.json", LogKind.SetupDiag)]
    [TestCase("CompatData_2023_05_23_00_27_47_3_006f0018.xml", LogKind.CompatData)]
    [TestCase("ScanResult.xml", LogKind.CompatData)]
    [TestCase(@"C:\Windows\INF\setupapi.dev.log", LogKind.SetupApi)]
    [TestCase("setupapi.setup.log", LogKind.SetupApi)]
    [TestCase(@"C:\$WINDOWS.~BT\Sources\Rollback\setupapi\setupapi.offline.20220507_052432.log", LogKind.SetupApi)]
    [TestCase("PC42_APPRAISER_HumanReadable.xml", LogKind.Appraiser)]
    [TestCase(@"C:\$WINDOWS.~BT\Sources\Rollback\rollbackinfo.ini", LogKind.RollbackInfo)]
    [TestCase("setupmem.dmp", LogKind.CrashDump)]
    [TestCase("MEMORY.DMP", LogKind.CrashDump)]
    [TestCase(@"C:\Windows\Minidump\031223-12345-01.dmp", LogKind.CrashDump)]
    public void Windows_file_names_decide_the_kind(string path, LogKind kind)
    {
        Assert.That(LogKindDetector.FromName(path), Is.EqualTo(kind));
    }

    [TestCase("notes.txt")]
    [TestCase("events.xml")]
    [TestCase("cbs-copy.txt")]
    [TestCase("System.evtx")]
    public void Other_names_say_nothing(string path)
    {
        Assert.That(LogKindDetector.FromName(path), Is.Null);
    }

    [TestCase("System.evtx", true)]
    [TestCase(@"C:\Windows\System32\winevt\Logs\Microsoft-Windows-WindowsUpdateClient%4Operational.EVTX", true)]
    [TestCase("old.evt", true)]
    [TestCase("events.xml", false)]
    public void Binary_event_logs_are_known_by_name(string path, bool binary)
    {
        Assert.That(LogKindDetector.IsBinaryEventLog(path), Is.EqualTo(binary));
    }

    [TestCase("[Device Install Log]\n     OS Version = 10.0.22621\n", LogKind.SetupApi)]
    [TestCase(">>>  [Device Install (Hardware initiated) - PCI\\VEN_8086&DEV_A370]\n>>>  Section start 2023/10/05 23:27:01.123\n", LogKind.SetupApi)]
    [TestCase("[Flow]\nCurrentPhase=SafeOS,Start\nCurrentOperation=44,end\n", LogKind.RollbackInfo)]
    [TestCase("<?xml version=\"1.0\"?><WicaRun><Assets><Asset><PropertyList Type=\"DataSource\"><Property Name=\"SdbAppName\" Value=\"x\"/></PropertyList></Asset></Assets></WicaRun>", LogKind.Appraiser)]
    [TestCase("Log Name:      System\nSource:        Microsoft-Windows-WindowsUpdateClient\nEvent ID:      20\n", LogKind.EventLog)]
    [TestCase("SetupDiag: processing rule: CompatScanOnly.\n..No match.\n", LogKind.SetupDiag)]
    [TestCase("Warning: Found Application Block for: \"Contoso\".\n", LogKind.SetupDiag)]
    [TestCase("2022-07-06 08:18:24, Error                 SP     CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032\n", LogKind.SetupAct)]
    public void A_handful_of_lines_tells_the_kind(string text, LogKind kind)
    {
        Assert.That(LogKindDetector.FromContent(text, "pasted.txt"), Is.EqualTo(kind));
    }

    [Test]
    public void Content_decides_when_the_name_does_not()
    {
        Assert.That(LogKindDetector.FromContent(LogFixtures.Cbs, "x.txt"), Is.EqualTo(LogKind.Cbs));
        Assert.That(LogKindDetector.FromContent(LogFixtures.Dism, "x.txt"), Is.EqualTo(LogKind.Dism));
        Assert.That(LogKindDetector.FromContent(LogFixtures.SetupAct, "x.txt"), Is.EqualTo(LogKind.SetupAct));
        Assert.That(LogKindDetector.FromContent(LogFixtures.SetupAct, "pc42_setuperr.txt"), Is.EqualTo(LogKind.SetupErr));
        Assert.That(LogKindDetector.FromContent(LogFixtures.WindowsUpdate, "x.txt"), Is.EqualTo(LogKind.WindowsUpdate));
        Assert.That(LogKindDetector.FromContent("Level,Date and Time,Source,Event ID,Task Category\r\n", "x.csv"), Is.EqualTo(LogKind.EventLog));
        Assert.That(LogKindDetector.FromContent("<?xml version=\"1.0\"?><!-- c --><Events><Event/></Events>", "x.xml"), Is.EqualTo(LogKind.EventLog));
        Assert.That(LogKindDetector.FromContent("hello\nworld\n", "x.txt"), Is.EqualTo(LogKind.Unknown));
        Assert.That(LogKindDetector.FromContent("", "x.txt"), Is.EqualTo(LogKind.Unknown));
    }

    [Test]
    public void Setup_lines_among_many_DISM_lines_make_a_setupact_log()
    {
        var lines = string.Concat(Enumerable.Repeat("2024-03-01 11:00:00, Info                  DISM   DISM Provider Store: PID=1 TID=2 demo\n", 10))
            + "2024-03-01 11:00:01, Error                 SP     Operation failed: Set boot command\n";

        Assert.That(LogKindDetector.FromContent(lines, "x.log"), Is.EqualTo(LogKind.SetupAct));
    }

    [Test]
    public void A_binary_event_log_is_refused_by_name_and_by_content()
    {
        using var folder = new TempFolder();
        var named = folder.Combine("System.evtx");
        var renamed = folder.Combine("System.log.bak");
        byte[] header = [.. "ElfFile\0"u8, .. new byte[4088]];
        File.WriteAllBytes(named, header);
        File.WriteAllBytes(renamed, header);

        var byName = Assert.Throws<LogFormatException>(() => LogReader.Read(named));
        var byContent = Assert.Throws<LogFormatException>(() => LogReader.Read(renamed).ToList());
        Assert.Throws<LogFormatException>(() => LogReader.Open(named));
        Assert.Throws<LogFormatException>(() => LogKindDetector.Detect(named));
        Assert.Throws<LogFormatException>(() => LogReader.Open(renamed));

        Assert.That(byName.Message, Does.Contain(named).And.Contain("wevtutil"));
        Assert.That(byContent.Message, Does.Contain(renamed));
        Assert.That(byName.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Detect_reads_the_start_of_a_file()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("pasted.txt");
        File.WriteAllText(path, LogFixtures.WindowsUpdateClassic);

        Assert.That(LogKindDetector.Detect(path), Is.EqualTo(LogKind.WindowsUpdate));
        Assert.That(LogKindDetector.Detect(folder.Combine("CBS.log").Replace("CBS.log", "pasted.txt", StringComparison.Ordinal)), Is.EqualTo(LogKind.WindowsUpdate));
    }
}
