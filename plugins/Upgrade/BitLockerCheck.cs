using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Microsoft's BitLocker FAQ says no user action is needed for feature updates: setup suspends protection for its own
/// restarts. What goes wrong is the rest: a PC that asks for its recovery key after a firmware or boot change, and
/// nobody has the key; or an upgrade started while the volume is still being encrypted or decrypted.
/// </summary>
[ExportCheck(
    "upgrade.bitlocker",
    "BitLocker on the system volume",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "bitlocker", "encryption"],
    Description = "Reports BitLocker's state on the system volume: protection on warns to have the recovery key at hand (setup suspends BitLocker itself), a conversion in progress warns to wait, and no protection passes.")]
public sealed class BitLockerCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = await context.Machine.Storage.GetSystemVolumeEncryptionAsync(cancellationToken).ConfigureAwait(false);

        var percent = Math.Clamp(state.EncryptedPercent, 0, 100).ToString("0.#", CultureInfo.InvariantCulture);
        var evidence = new[]
        {
            new Evidence("protection", state.Protection switch
            {
                EncryptionProtection.On => ReadinessStrings.ProtectionOn,
                EncryptionProtection.Locked => ReadinessStrings.ProtectionLocked,
                _ => ReadinessStrings.ProtectionOff,
            }),
            new Evidence("encryptedPercent", percent),
            new Evidence("conversionInProgress", state.ConversionInProgress ? ReadinessStrings.EvidenceYes : ReadinessStrings.EvidenceNo),
            new Evidence("suspendedForRestarts", state.SuspendedForRestarts switch
            {
                null => ReadinessStrings.EvidenceNo,
                0 => ReadinessStrings.EvidenceUntilResumed,
                var restarts => restarts.Value.ToString(CultureInfo.InvariantCulture),
            }),
        };

        if (state.ConversionInProgress)
        {
            return CheckResult.Warn(ReadinessStrings.FormatBitLockerConverting(percent), evidence);
        }

        return state.Protection switch
        {
            EncryptionProtection.On => CheckResult.Warn(ReadinessStrings.BitLockerOn, evidence),
            EncryptionProtection.Locked => CheckResult.Warn(ReadinessStrings.BitLockerLocked, evidence),
            _ when state.SuspendedForRestarts == 0 => CheckResult.Pass(ReadinessStrings.BitLockerSuspendedUntilResumed, evidence),
            _ when state.SuspendedForRestarts is { } restarts => CheckResult.Pass(ReadinessStrings.FormatBitLockerSuspended(restarts), evidence),
            _ when state.EncryptedPercent > 0 => CheckResult.Pass(ReadinessStrings.BitLockerEncryptedNotProtecting, evidence),
            _ => CheckResult.Pass(ReadinessStrings.BitLockerOff, evidence),
        };
    }
}
