using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class FirmwareCheckTests
{
    private static readonly (string, string) Windows10 = (UpgradeTargetSetting.Key, "windows10");

    private static TestPc Pc(FirmwareType type, bool? secureBoot, string? tpm, bool? capable = null) =>
        CheckHarness.EmptyPc with { Firmware = new FirmwareInfo { Type = type, SecureBootEnabled = secureBoot, SecureBootCapable = capable, TpmSpecVersion = tpm } };

    [Test]
    public async Task UEFI_with_TPM_2_and_Secure_Boot_on_passes()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, "2.0, 0, 1.59"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("TPM 2.0").And.Contain("Windows 11"));
        Assert.That(result.Evidence("firmware"), Is.EqualTo("UEFI"));
        Assert.That(result.Evidence("tpmSpecVersion"), Is.EqualTo("2.0, 0, 1.59"));
        Assert.That(result.Evidence("secureBoot"), Is.EqualTo("on"));
        Assert.That(result.Evidence("target"), Is.EqualTo("Windows 11"));
    }

    [Test]
    public async Task Secure_Boot_off_on_a_capable_PC_warns_with_the_way_to_turn_it_on()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, false, "2.0", capable: true));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("Secure Boot is off").And.Contain("firmware settings").And.Contain("Enabled"));
        Assert.That(result.Evidence("secureBoot"), Is.EqualTo("off"));
        Assert.That(result.Evidence("secureBootCapable"), Is.EqualTo("yes"));
    }

    [Test]
    public async Task Secure_Boot_off_with_capability_unknown_warns()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, false, "2.0"));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task Firmware_that_cannot_do_Secure_Boot_fails()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, false, "2.0", capable: false));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("cannot do Secure Boot"));
        Assert.That(result.Evidence("secureBootCapable"), Is.EqualTo("no"));
    }

    [Test]
    public async Task A_capable_PC_whose_Secure_Boot_state_cannot_be_read_passes_since_capability_is_the_requirement()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, null, "2.0", capable: true));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Secure_Boot_that_cannot_be_told_warns()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, null, "2.0"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("secureBoot"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task Legacy_BIOS_fails_and_points_to_MBR2GPT()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Bios, false, "2.0"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("UEFI").And.Contain("MBR2GPT"));
        Assert.That(result.Evidence("firmware"), Is.EqualTo("BIOS"));
    }

    [Test]
    public async Task Legacy_BIOS_is_one_finding_even_though_Windows_sees_no_Secure_Boot_there()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Bios, false, "2.0", capable: false));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Not.Contain("cannot do Secure Boot"));
    }

    [Test]
    public async Task No_TPM_visible_warns_that_a_firmware_TPM_is_often_present_but_off()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, null));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("No TPM").And.Contain("PTT").And.Contain("fTPM").And.Contain("firmware settings"));
        Assert.That(result.Evidence("tpmSpecVersion"), Is.EqualTo("none"));
    }

    [Test]
    public async Task A_TPM_1_2_fails_and_Secure_Boot_off_is_named_as_well()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, false, "1.2, 2, 3"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("version 1.2").And.Contain("Secure Boot is off"));
    }

    [Test]
    public async Task A_TPM_version_that_cannot_be_read_warns()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, "not supported"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("'not supported'"));
    }

    [Test]
    public async Task Windows_10_needs_neither_UEFI_nor_a_TPM()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Bios, null, null, capable: false), Windows10);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 10").And.Contain("BIOS"));
        Assert.That(result.Evidence("target"), Is.EqualTo("Windows 10"));
    }

    [Test]
    public async Task Windows_10_takes_a_TPM_1_2()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, "1.2"), Windows10);
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_firmware_facts_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FirmwareCheck(), CheckHarness.EmptyPc));
    }
}
