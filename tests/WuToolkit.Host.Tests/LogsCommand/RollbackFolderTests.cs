using System.Text;
using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.LogsCommand;

/// <summary>
/// A rolled-back upgrade leaves its causes in the rollback folder: the rollback log, rollbackinfo.ini, the new Windows'
/// driver log and a memory dump of the bug check, beside the appraiser's report in Panther. A folder given to
/// <c>wutk logs analyze</c> is searched for all of them, each is read as what it is, and the dump is said with where it
/// is and how to read it, without reading a byte of it.
/// </summary>
public class RollbackFolderTests
{
    private static async Task WriteAsync(TempFolder temp, string relative, string text)
    {
        var path = temp.Combine(relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\r\n"), new UTF8Encoding(false));
    }

    [Test]
    public async Task Every_file_of_a_rollback_is_read_as_what_it_is_and_the_dump_is_said_with_how_to_read_it()
    {
        using var temp = new TempFolder();
        await WriteAsync(temp, "$WINDOWS.~BT/Sources/Rollback/setupact.log", """
            2023-10-05 23:50:00, Info                  SP     Initiating rollback/uninstall, phase = 0
            2023-10-05 23:50:00, Info                  SP     Current phase string : SafeOS,Start
            2023-10-05 23:50:00, Info                  SP     Current op string    : 44,end
            2023-10-05 23:50:00, Info                  SP     Current bugcheck string: 0x000000d1,0x0000000000000008,0x0000000000000002,0x0000000000000000
            2023-10-05 23:50:00, Info                  SP     Current result: 0xC1900101
            """);
        await WriteAsync(temp, "$WINDOWS.~BT/Sources/Rollback/rollbackinfo.ini", """
            [Flow]
            CurrentPhase=SafeOS,Start
            CurrentOperation=44,end
            OperationResult=3247440129
            [Bugcheck]
            Code=0x000000d1,0x0000000000000008
            """);
        await WriteAsync(temp, "$WINDOWS.~BT/Sources/Rollback/setupmem.dmp", "PAGEDU64");
        await WriteAsync(temp, "$WINDOWS.~BT/Sources/Rollback/setupapi/setupapi.offline.20231005_232700.log", """
            >>>  [Setup Import Driver Package - C:\Windows\INF\oem7.inf]
            >>>  Section start 2023/10/05 23:27:02.000
            !!!  sig:                Error 0xe0000242: The publisher of an Authenticode(tm) signed catalog has not yet been established as trusted.
            <<<  Section end 2023/10/05 23:27:02.300
            <<<  [Exit status: FAILURE(0xe0000242)]
            """);
        await WriteAsync(temp, "$WINDOWS.~BT/Sources/Panther/PC42_APPRAISER_HumanReadable.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <WicaRun><Assets>
            <Asset><PropertyList Type="DataSource"><Property Name="SdbAppName" Value="Contoso Display"/><Property Name="SdbBlockType" Value="GatedBlock"/><Property Name="SdbAppraiserData_GatedBlockId" Value="41332279"/></PropertyList></Asset>
            </Assets></WicaRun>
            """);

        var json = await Support.Cli.RunAsync("logs", "analyze", temp.Path, "--format", "json");
        var table = await Support.Cli.RunAsync("logs", "analyze", temp.Path);

        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.IssueFound), json.Output + json.Error);
        Assert.That(SchemaFiles.Errors("logs-v1.schema.json", json.Output), Is.Empty);
        using var document = JsonDocument.Parse(json.Output);
        var kinds = document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.That(kinds, Is.EquivalentTo(new[] { "setupAct", "rollbackInfo", "crashDump", "setupApi", "appraiser" }));
        var rules = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.That(rules, Does.Contain("setup.memory-dump").And.Contain("setup.rollback-info").And.Contain("setupapi.driver-install")
            .And.Contain("setup.appraiser-block").And.Contain("setup.rollback"));
        Assert.That(table.Output, Does.Contain("setupmem.dmp").And.Contain("WinDbg"));
        Assert.That(table.Output, Does.Contain("0xD1 DRIVER_IRQL_NOT_LESS_OR_EQUAL"));
        Assert.That(table.Output, Does.Contain("safeguard hold 41332279"));
    }
}
