using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class BitLockerCheckTests
{
    private static TestPc Pc(VolumeEncryptionInfo state) => CheckHarness.EmptyPc with { SystemVolumeEncryption = state };

    [Test]
    public async Task No_BitLocker_passes()
    {
        var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 0 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("protection"), Is.EqualTo("Off"));
        Assert.That(result.Evidence("encryptedPercent"), Is.EqualTo("0"));
    }

    [Test]
    public async Task Protection_on_warns_to_have_the_recovery_key_at_hand()
    {
        var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(new VolumeEncryptionInfo { Protection = EncryptionProtection.On, EncryptedPercent = 100 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("recovery key").And.Contain("suspends it"));
        Assert.That(result.Evidence("protection"), Is.EqualTo("On"));
    }

    [Test]
    public async Task A_conversion_in_progress_warns_to_wait()
    {
        var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 41.5, ConversionInProgress = true }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("41.5% encrypted").And.Contain("finish"));
        Assert.That(result.Evidence("conversionInProgress"), Is.EqualTo("yes"));
    }

    [TestCase(0, "until it is resumed")]
    [TestCase(2, "2 more restarts")]
    public async Task Suspended_protection_passes(int restarts, string words)
    {
        var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 100, SuspendedForRestarts = restarts }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain(words));
    }

    [Test]
    public async Task A_locked_volume_warns()
    {
        var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(new VolumeEncryptionInfo { Protection = EncryptionProtection.Locked, EncryptedPercent = 100 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task Healthy_variety_never_fails()
    {
        // Home edition device encryption on a laptop, an Intune-managed PC with BitLocker, an unencrypted desktop.
        var states = new[]
        {
            new VolumeEncryptionInfo { Protection = EncryptionProtection.On, EncryptedPercent = 100 },
            new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 100, SuspendedForRestarts = 1 },
            new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 0 },
        };

        foreach (var state in states)
        {
            var result = await CheckHarness.RunAsync(new BitLockerCheck(), Pc(state));
            Assert.That(result.Status, Is.Not.EqualTo(CheckStatus.Fail));
        }
    }

    [Test]
    public async Task A_snapshot_without_BitLocker_state_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new BitLockerCheck(), CheckHarness.EmptyPc));
    }
}
