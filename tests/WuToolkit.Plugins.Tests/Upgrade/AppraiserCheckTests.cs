using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class AppraiserCheckTests
{
    private const string Indicators = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\AppCompatFlags\TargetVersionUpgradeExperienceIndicators";

    /// <summary>A release's record as the appraiser writes it: multi-strings joined by new lines, "None" for none.</summary>
    private static RegistryValue[] Record(string release, string upgEx, string redReason = "None", string holdId = "None", string holdReason = "None") =>
    [
        new() { Key = Indicators + "\\" + release, Name = "UpgEx", Kind = "REG_SZ", Data = upgEx },
        new() { Key = Indicators + "\\" + release, Name = "UpgExU", Kind = "REG_SZ", Data = upgEx },
        new() { Key = Indicators + "\\" + release, Name = "RedReason", Kind = "REG_MULTI_SZ", Data = redReason },
        new() { Key = Indicators + "\\" + release, Name = "GatedBlockId", Kind = "REG_MULTI_SZ", Data = holdId },
        new() { Key = Indicators + "\\" + release, Name = "GatedBlockReason", Kind = "REG_MULTI_SZ", Data = holdReason },
        new() { Key = Indicators + "\\" + release, Name = "DestBuildNum", Kind = "REG_SZ", Data = "26100" },
    ];

    private static TestPc Pc(IReadOnlyList<string> releases, params RegistryValue[][] records) =>
        CheckHarness.EmptyPc with
        {
            RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Indicators] = releases },
            Registry = [.. records.SelectMany(record => record)],
            CompleteRegistryKeys = [.. releases.Select(release => Indicators + "\\" + release)],
        };

    [Test]
    public async Task Green_for_the_newest_Windows_11_release_passes()
    {
        var pc = Pc(["21H2", "NI23H2", "GE24H2", "UNV"], Record("21H2", "Red", "SystemDriveFull"), Record("NI23H2", "Red", "Tpm"), Record("GE24H2", "Green"), []);

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 11 (appraiser release GE24H2)").And.Contain("Green"));
        Assert.That(result.Evidence("release"), Is.EqualTo("GE24H2"));
        Assert.That(result.Evidence("redReasons"), Is.EqualTo("none"));
        Assert.That(result.Evidence("safeguardHoldIds"), Is.EqualTo("none"));
        Assert.That(result.Evidence("destBuildNum"), Is.EqualTo("26100"));
        Assert.That(result.Evidence("appraiserReleases"), Is.EqualTo("21H2, NI23H2, GE24H2, UNV"));
    }

    [Test]
    public async Task Red_reasons_of_hardware_fail_and_are_said_in_words()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Red", "CpuFms\nMemory\nSystemDriveSize"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("cannot upgrade to Windows 11")
            .And.Contain("a processor generation Windows 11 does not support")
            .And.Contain("less than 4 GB of memory")
            .And.Contain("a system drive smaller than 64 GB"));
        Assert.That(result.Evidence("redReasons"), Is.EqualTo("CpuFms, Memory, SystemDriveSize"));
    }

    [Test]
    public async Task Red_only_for_the_TPM_and_Secure_Boot_warns_with_the_firmware_settings()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Red", "Tpm\nUefiSecureBoot"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn), "a TPM turned off or a PC started in legacy mode is a firmware setting");
        Assert.That(result.Summary, Does.Contain("no TPM 2.0").And.Contain("not Secure Boot capable").And.Contain("firmware settings"));
    }

    [Test]
    public async Task A_red_reason_the_documentation_does_not_name_is_shown_as_written()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Red", "SomethingNew"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("SomethingNew (the appraiser's own term)"));
    }

    [Test]
    public async Task A_safeguard_hold_warns_with_its_id_and_reason()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Green", holdId: "56318982", holdReason: "Printer"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("safeguard hold 56318982, about Printer").And.Contain("wait"));
        Assert.That(result.Evidence("safeguardHoldIds"), Is.EqualTo("56318982"));
        Assert.That(result.Evidence("safeguardHoldReasons"), Is.EqualTo("Printer"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task Red_and_a_hold_are_both_named_and_the_worse_decides()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Red", "CpuFms", holdId: "41332279\n40667045"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("processor generation").And.Contain("safeguard hold 41332279, 40667045"));
    }

    [TestCase("Orange", "stop working")]
    [TestCase("Yellow", "uninstalled")]
    public async Task Orange_and_yellow_warn(string colour, string words)
    {
        var result = await CheckHarness.RunAsync(new AppraiserCheck(), Pc(["GE24H2"], Record("GE24H2", colour)));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain(words).And.Contain(colour));
    }

    [Test]
    public async Task The_Windows_10_target_reads_the_release_without_a_codename()
    {
        var pc = Pc(["21H2", "GE24H2"], Record("21H2", "Green"), Record("GE24H2", "Red", "CpuFms"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc, ("upgrade.target", "windows10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("release"), Is.EqualTo("21H2"));
        Assert.That(result.Summary, Does.Contain("Windows 10"));
    }

    [Test]
    public async Task A_release_named_in_the_settings_is_the_one_judged()
    {
        var pc = Pc(["NI23H2", "GE24H2"], Record("NI23H2", "Yellow"), Record("GE24H2", "Green"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc, ("upgrade.appraiserRelease", "ni23h2"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("release"), Is.EqualTo("NI23H2"));
    }

    [Test]
    public async Task A_release_named_in_the_settings_that_is_not_on_record_is_skipped()
    {
        var pc = Pc(["GE24H2"], Record("GE24H2", "Green"));

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc, ("upgrade.appraiserRelease", "GE25H2"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("no record of release GE25H2").And.Contain("GE24H2"));
    }

    [Test]
    public async Task No_appraiser_data_is_skipped_never_failed()
    {
        var absent = CheckHarness.EmptyPc with { RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Indicators] = null } };
        var empty = CheckHarness.EmptyPc with { RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Indicators] = [] } };

        var whenAbsent = await CheckHarness.RunAsync(new AppraiserCheck(), absent);
        var whenEmpty = await CheckHarness.RunAsync(new AppraiserCheck(), empty);

        Assert.That(whenAbsent.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(whenAbsent.Summary, Does.Contain("Microsoft Compatibility Appraiser"));
        Assert.That(whenEmpty.Status, Is.EqualTo(CheckStatus.Skipped));
    }

    [Test]
    public async Task No_release_of_the_target_on_record_is_skipped_with_the_releases_there_are()
    {
        var pc = Pc(["21H2", "UNV"], Record("21H2", "Green"), []);

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Summary, Does.Contain("Windows 11").And.Contain("21H2, UNV"));
    }

    [TestCase("Purple")]
    [TestCase("")]
    public async Task A_marker_that_is_missing_or_unknown_is_skipped_rather_than_guessed(string marker)
    {
        var values = Record("GE24H2", marker).Where(value => marker.Length > 0 || value.Name is not ("UpgEx" or "UpgExU")).ToArray();

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), Pc(["GE24H2"], values));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
        Assert.That(result.Evidence("upgradeExperience"), Is.EqualTo(marker.Length > 0 ? marker : "not recorded"));
    }

    [Test]
    public async Task A_healthy_ARM64_Home_PC_managed_through_WSUS_passes()
    {
        // Such a PC keeps the appraiser's "None" placeholders and a marker of its own; nothing else about it matters here.
        var pc = Pc(["NI22H2", "NI23H2", "GE24H2", "GE25H2"], Record("NI22H2", "Green"), Record("NI23H2", "Green"), Record("GE24H2", "Green"), Record("GE25H2", "Green")) with
        {
            Os = new OsInfo { ProductName = "Windows 11 Home", Version = "10.0.26100", Build = 26100, Revision = 2605, Architecture = "arm64", DisplayVersion = "24H2" },
            Registry = [.. new[] { "NI22H2", "NI23H2", "GE24H2", "GE25H2" }.SelectMany(release => Record(release, "Green")),
                new RegistryValue { Key = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate", Name = "WUServer", Kind = "REG_SZ", Data = "https://wsus.contoso.test:8531" }],
        };

        var result = await CheckHarness.RunAsync(new AppraiserCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("release"), Is.EqualTo("GE25H2"));
    }

    [Test]
    public async Task A_snapshot_without_the_appraiser_key_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new AppraiserCheck(), CheckHarness.EmptyPc));
    }
}
