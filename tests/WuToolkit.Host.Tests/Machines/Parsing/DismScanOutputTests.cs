using System.Globalization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>DISM /ScanHealth's console output (English through /English) and exit codes.</summary>
public class DismScanOutputTests
{
    private static readonly DateTimeOffset Finished = new(2024, 3, 1, 10, 15, 0, TimeSpan.FromHours(9));

    private static string Console(params string[] lines) =>
        string.Join("\r\n", ["", "Deployment Image Servicing and Management tool", "Version: 10.0.22621.2792", "", "Image Version: 10.0.22631.3155", "", .. lines, ""]);

    [Test]
    public void The_arguments_are_separate_words_with_english_output()
    {
        Assert.That(DismScanOutput.Arguments, Is.EqualTo(new[] { "/Online", "/Cleanup-Image", "/ScanHealth", "/English" }));
    }

    [Test]
    public void A_clean_scan_is_healthy_at_the_time_it_finished()
    {
        var output = Console("[==========================100.0%==========================] ", "No component store corruption detected.", "The operation completed successfully.");

        var result = DismScanOutput.Read(0, output, Finished);

        Assert.That(result.State, Is.EqualTo(new ComponentStoreState
        {
            Verdict = ComponentStoreVerdict.Healthy,
            Source = "DISM /ScanHealth",
            ScannedUtc = new DateTimeOffset(2024, 3, 1, 1, 15, 0, TimeSpan.Zero),
            Detail = "No component store corruption detected.",
        }));
        Assert.That(result.Failure, Is.Null);
    }

    [Test]
    public void Corruption_the_scan_found_is_repairable_or_not()
    {
        var repairable = DismScanOutput.Read(0, Console("[==========================100.0%==========================]", "The component store is repairable.", "The operation completed successfully."), Finished);
        var broken = DismScanOutput.Read(0, Console("The component store cannot be repaired.", "The operation completed successfully."), Finished);

        Assert.That(repairable.State!.Verdict, Is.EqualTo(ComponentStoreVerdict.Repairable));
        Assert.That(broken.State!.Verdict, Is.EqualTo(ComponentStoreVerdict.NotRepairable));
    }

    [Test]
    public void Progress_written_with_carriage_returns_does_not_hide_the_verdict()
    {
        var output = "[=====                      10.0%                          ]\r[==========================100.0%==========================]\r\nThe component store is repairable.\r\n";

        Assert.That(DismScanOutput.Read(0, output, Finished).State!.Verdict, Is.EqualTo(ComponentStoreVerdict.Repairable));
    }

    [Test]
    public void Without_elevation_the_scan_needs_an_administrator()
    {
        var result = DismScanOutput.Read(740, Console("Error: 740", "", "Elevated permissions are required to run DISM.", "Use an elevated command prompt to complete these tasks."), Finished);

        Assert.That((result.State, result.NeedsElevation), Is.EqualTo(((ComponentStoreState?)null, true)));
        Assert.That(result.Failure, Is.EqualTo("Error: 740 Elevated permissions are required to run DISM."));
    }

    [Test]
    public void A_scan_that_failed_gives_dism_s_error_and_message()
    {
        var result = DismScanOutput.Read(3017, Console("Error: 3017", "The requested operation failed. A system reboot is required to roll back changes made.", "The DISM log file can be found at C:\\Windows\\Logs\\DISM\\dism.log"), Finished);

        Assert.That(result.State, Is.Null);
        Assert.That(result.NeedsElevation, Is.False);
        Assert.That(result.Failure, Is.EqualTo("Error: 3017 The requested operation failed. A system reboot is required to roll back changes made."));
    }

    [Test]
    public void A_japanese_console_s_error_line_is_read_like_the_english_one()
    {
        // As DISM writes it on a Japanese Windows without /English.
        var output = string.Join("\r\n", ["", "展開イメージのサービスと管理ツール", "バージョン: 10.0.19041.844", "", "イメージのバージョン: 10.0.19043.1320", "",
            "[==========================100.0%==========================]", "エラー: 0x800f081f", "", "ソース ファイルが見つかりませんでした。",
            "DISM ログ ファイルは C:\\WINDOWS\\Logs\\DISM\\dism.log にあります", ""]);

        var failed = DismScanOutput.Read(unchecked((int)0x800F081F), output, Finished);
        var elevation = DismScanOutput.Read(1, "\r\nエラー: 740\r\n\r\n", Finished);

        Assert.That((failed.State, failed.NeedsElevation), Is.EqualTo(((ComponentStoreState?)null, false)));
        Assert.That(failed.Failure, Is.EqualTo("エラー: 0x800f081f ソース ファイルが見つかりませんでした。"));
        Assert.That(elevation.NeedsElevation, Is.True);
    }

    [Test]
    public void A_scan_that_said_nothing_gives_its_exit_code()
    {
        Assert.That(DismScanOutput.Read(-2146498529, "", Finished).Failure, Is.EqualTo("exit code 0x800F081F"));
        Assert.That(DismScanOutput.Read(87, null, Finished).Failure, Is.EqualTo("exit code 87 (0x00000057)"));
        Assert.That(DismScanOutput.Read(0, Console("The operation completed successfully."), Finished).State, Is.Null);
    }

    [Test]
    public void An_exit_code_is_worded_in_the_users_language_with_the_same_numbers()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            Assert.That(DismScanOutput.Read(87, null, Finished).Failure, Is.EqualTo("終了コード 87 (0x00000057)"));
            Assert.That(DismScanOutput.Read(-2146498529, "", Finished).Failure, Is.EqualTo("終了コード 0x800F081F"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public void A_verdict_with_an_unusual_exit_code_keeps_the_code_in_its_detail()
    {
        var result = DismScanOutput.Read(1, Console("The component store cannot be repaired."), Finished);

        Assert.That(result.State!.Detail, Is.EqualTo("The component store cannot be repaired. (exit code 1 (0x00000001))"));
    }

    [Test]
    public void Real_console_captures_from_the_corpus_give_their_verdicts()
    {
        var healthy = File.ReadAllText(SharedCorpus.Require("cmd/appostarsi_tuneup_sfc_no_violations_dism_no_corruption_console.txt"));
        var failed = File.ReadAllText(SharedCorpus.Require("cmd/appostarsi_tuneup_sfc_corrupt_unfixable_dism_error_3017_console.txt"));

        Assert.That(DismScanOutput.Read(0, healthy, Finished).State!.Verdict, Is.EqualTo(ComponentStoreVerdict.Healthy));
        var failure = DismScanOutput.Read(3017, failed, Finished);
        Assert.That(failure.State, Is.Null);
        Assert.That(failure.Failure, Does.StartWith("Error: 3017 The requested operation failed."));
    }
}
