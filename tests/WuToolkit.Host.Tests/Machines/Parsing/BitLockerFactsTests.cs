using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>The numbers Win32_EncryptableVolume's Get… methods return, as manage-bde -status describes them.</summary>
public class BitLockerFactsTests
{
    [Test]
    public void An_unencrypted_volume_is_off_and_not_suspended()
    {
        Assert.That(BitLockerFacts.Read(0, 0, 0, 0), Is.EqualTo(new VolumeEncryptionInfo { Protection = EncryptionProtection.Off, EncryptedPercent = 0, ConversionInProgress = false, SuspendedForRestarts = null }));
    }

    [Test]
    public void An_encrypted_protected_volume_is_on()
    {
        Assert.That(BitLockerFacts.Read(1, 1, 100, 0), Is.EqualTo(new VolumeEncryptionInfo { Protection = EncryptionProtection.On, EncryptedPercent = 100, ConversionInProgress = false, SuspendedForRestarts = null }));
    }

    [Test]
    public void An_encrypted_volume_with_protection_off_is_suspended_for_its_restarts_or_until_resumed()
    {
        Assert.That(BitLockerFacts.Read(0, 1, 100, 1)!.SuspendedForRestarts, Is.EqualTo(1));
        Assert.That(BitLockerFacts.Read(0, 1, 100, 0)!.SuspendedForRestarts, Is.Zero);
        Assert.That(BitLockerFacts.Read(0, 1, 100, null)!.Protection, Is.EqualTo(EncryptionProtection.Off));
    }

    [TestCase(2L, 45L)]
    [TestCase(3L, 60L)]
    [TestCase(4L, 45L)]
    [TestCase(5L, 60L)]
    public void A_conversion_that_has_not_finished_is_in_progress(long conversion, long percent)
    {
        var state = BitLockerFacts.Read(0, conversion, percent, 0)!;

        Assert.That((state.ConversionInProgress, state.EncryptedPercent), Is.EqualTo((true, (double)percent)));
    }

    [Test]
    public void Decrypting_is_not_suspension()
    {
        Assert.That(BitLockerFacts.Read(0, 3, 60, 0)!.SuspendedForRestarts, Is.Null);
    }

    [Test]
    public void A_locked_volume_is_locked()
    {
        Assert.That(BitLockerFacts.Read(2, 1, 100, null)!.Protection, Is.EqualTo(EncryptionProtection.Locked));
    }

    [TestCase(3L, 1L)]
    [TestCase(1L, 6L)]
    [TestCase(-1L, 1L)]
    public void An_undocumented_status_is_no_answer(long protection, long conversion) =>
        Assert.That(BitLockerFacts.Read(protection, conversion, 0, null), Is.Null);
}
