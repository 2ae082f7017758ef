using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>BitLocker's state of a volume from the answers of Win32_EncryptableVolume's methods GetProtectionStatus,
/// GetConversionStatus and GetSuspendedCount.</summary>
public static class BitLockerFacts
{
    /// <summary>
    /// The volume's state.
    /// </summary>
    /// <param name="protectionStatus">0 protection off, 1 on, 2 unknown (the volume is locked).</param>
    /// <param name="conversionStatus">0 fully decrypted, 1 fully encrypted, 2 encrypting, 3 decrypting, 4 encryption
    /// paused, 5 decryption paused.</param>
    /// <param name="encryptionPercentage">How much is encrypted, 0 to 100.</param>
    /// <param name="suspendedCount">Restarts left before protection resumes by itself (0: until resumed), when asked.</param>
    /// <returns><see langword="null"/> when a status is not one Windows documents.</returns>
    public static VolumeEncryptionInfo? Read(long protectionStatus, long conversionStatus, long encryptionPercentage, long? suspendedCount)
    {
        if (protectionStatus is < 0 or > 2 || conversionStatus is < 0 or > 5)
        {
            return null;
        }

        var protection = protectionStatus switch
        {
            1 => EncryptionProtection.On,
            2 => EncryptionProtection.Locked,
            _ => EncryptionProtection.Off,
        };

        // Suspended: encrypted (or on its way there) with protection off. A paused conversion is not finished either,
        // and an upgrade should wait for it just the same.
        var suspended = protection == EncryptionProtection.Off && conversionStatus is 1 or 2 or 4;
        return new VolumeEncryptionInfo
        {
            Protection = protection,
            EncryptedPercent = Math.Clamp(encryptionPercentage, 0, 100),
            ConversionInProgress = conversionStatus is >= 2 and <= 5,
            SuspendedForRestarts = suspended ? (int)Math.Max(0, suspendedCount ?? 0) : null,
        };
    }
}
