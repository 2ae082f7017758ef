using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class FirmwareCheckTests
{
    private static TestPc Pc(FirmwareType type, bool? secureBoot, string? tpm) =>
        CheckHarness.EmptyPc with { Firmware = new FirmwareInfo { Type = type, SecureBootEnabled = secureBoot, TpmSpecVersion = tpm } };

    [Test]
    public async Task UEFI_with_TPM_2_and_Secure_Boot_on_passes()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, "2.0, 0, 1.59"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("TPM 2.0"));
        Assert.That(result.Evidence("firmware"), Is.EqualTo("UEFI"));
        Assert.That(result.Evidence("tpmSpecVersion"), Is.EqualTo("2.0, 0, 1.59"));
        Assert.That(result.Evidence("secureBoot"), Is.EqualTo("on"));
    }

    [Test]
    public async Task Secure_Boot_off_warns()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, false, "2.0"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("Secure Boot is off").And.Contain("firmware settings"));
        Assert.That(result.Evidence("secureBoot"), Is.EqualTo("off"));
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
    public async Task No_TPM_fails()
    {
        var result = await CheckHarness.RunAsync(new FirmwareCheck(), Pc(FirmwareType.Uefi, true, null));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("No TPM"));
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
    public async Task A_snapshot_without_firmware_facts_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FirmwareCheck(), CheckHarness.EmptyPc));
    }
}
