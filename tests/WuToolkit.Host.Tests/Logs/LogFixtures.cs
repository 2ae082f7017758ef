using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Encodings;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>Small logs written for the tests, in the shapes of the real ones, turned into bytes and read back.</summary>
internal static class LogFixtures
{
    /// <summary>A CBS.log excerpt: continuation lines, a "(p)" summary line with tabs, a tab-indented total.</summary>
    public const string Cbs =
        "2024-03-01 10:00:01, Info                  CBS    Session: 1_1 initialized by client WindowsUpdateAgent.\n" +
        "2024-03-01 10:00:02, Info                  CSI    00000001 Hashes for file member [l:9]'demo.dll' do not match.\n" +
        " Expected: {l:32 b:00}.\n" +
        " Actual: {l:32 b:11}.\n" +
        "2024-03-01 10:00:03, Error                 CSI    00000002 (F) Demo failure[gle=0x80004005]\n" +
        "2024-03-01 10:00:04, Info                  CBS    (p)\tCSI Payload Corrupt\t(w)\t(Fixed)\tamd64_demo\\demo.dll\n" +
        "2024-03-01 10:00:05, Info                  CBS    \tCSI Payload Corruption:\t1\n" +
        "2024-03-01 10:00:06, Warning               CBS    Current tick count lower than last. [HRESULT = 0x8007000d - ERROR_INVALID_DATA]\n";

    /// <summary>A dism.log excerpt: untimestamped WIM lines first, a blank component column, a provider warning.</summary>
    public const string Dism =
        "[1234.5678] Mounting new image.\n" +
        "Wim:         [C:\\demo\\install.wim]\n" +
        "Image Index: [6]\n" +
        "2024-03-01 11:00:00, Info                  DISM   DISM.EXE: Executing command line: dism /online /cleanup-image /restorehealth\n" +
        "2024-03-01 11:00:01, Error                        EnumeratePathEx: FindFirstFile failed. GLE = 0x3[gle=0x00000003]\n" +
        "2024-03-01 11:00:02, Warning               DISM   DISM Provider Store: PID=1 TID=2 Failed to load the provider: C:\\demo\\x.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x8007007e)\n";

    /// <summary>A setupact.log excerpt: message ids in the level column, blank and indented components.</summary>
    public const string SetupAct =
        "2024-03-01 12:00:00, Info                  SP     Initiating rollback/uninstall, phase = 0\n" +
        "2024-03-01 12:00:01, Info       [0x064149] IBSLIB PublishMessage: Publishing message [Rollback started]\n" +
        "2024-03-01 12:00:02, Warning    [0x064163] IBSLIB PublishMessage: no receivers\n" +
        "2024-03-01 12:00:03, Error                 SP         CApplyWIM: Failure while applying image 6. Error 0x80070570[gle=0x00000570]\n" +
        "2024-03-01 12:00:04, Warning                      ShouldCheckTPMAndCPU: Error reading value. HRESULT = 0x80070002.\n" +
        "2024-03-01 12:00:05, Error                 MOUPG  CSetupManager::ExecuteTask(2630): Result = 0x80070032\n";

    /// <summary>WindowsUpdate.log as Get-WindowsUpdateLog writes it (slashes in the date).</summary>
    public const string WindowsUpdate =
        "2024/03/01 13:00:00.1234567 1234  5678  Agent           * START * Finding updates CallerId = Demo\n" +
        "2024/03/01 13:00:01.0000001 1234  5678  ComApi          *FAILED* [80246007] ISusInternal:: IsCommitRequired\n" +
        "2024/03/01 13:00:02.5000000 11228 10496 DownloadManager   indented message\n" +
        "continued on a line of its own\n";

    /// <summary>WindowsUpdate.log of the classic agent (Windows 7, Vista, 2008): tab-separated.</summary>
    public const string WindowsUpdateClassic =
        "2016-09-08\t10:48:19:500\t 848\t604\tAgent\t  * Online = Yes; Ignore download priority = No\n" +
        "2016-09-08\t10:48:43:109\t 848\t604\tMisc\tWARNING: Send failed with hr = 80072ee2.\n" +
        "2016-09-08\t10:48:43:110\t 848\t604\tSetup\tFATAL: SelfUpdate check failed, err = 0x80072EE2\n";

    public static byte[] Encode(string text, Encoding encoding, bool byteOrderMark)
    {
        var body = encoding.GetBytes(text);
        byte[] mark = encoding.CodePage switch
        {
            65001 => [0xEF, 0xBB, 0xBF],
            1200 => [0xFF, 0xFE],
            1201 => [0xFE, 0xFF],
            _ => [],
        };
        return byteOrderMark ? [.. mark, .. body] : body;
    }

    public static byte[] Utf8(string text, bool byteOrderMark = false) => Encode(text, new UTF8Encoding(false), byteOrderMark);

    public static List<LogEntry> Read(byte[] bytes, string name, LogReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return [.. LogReader.Read(stream, name, options)];
    }

    public static List<LogEntry> Read(string text, string name, LogReadOptions? options = null) => Read(Utf8(text), name, options);

    public static Encoding CodePage(int codePage) => LegacyEncodingGuesser.CodePage(codePage);
}
