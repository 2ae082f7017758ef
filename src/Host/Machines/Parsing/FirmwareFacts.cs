using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>Secure Boot from the registry value Windows writes at every boot on firmware that has it:
/// <c>HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State\UEFISecureBootEnabled</c>.</summary>
public static class FirmwareFacts
{
    /// <summary>The key holding UEFISecureBootEnabled.</summary>
    public const string SecureBootStateKey = @"HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State";

    /// <summary>
    /// Whether Secure Boot is on and whether the firmware can do it, as Confirm-SecureBootUEFI decides: the value
    /// exists on firmware that has Secure Boot (1 on, 0 capable and off). Without it, UEFI firmware has no Secure Boot
    /// (the cmdlet says "not supported on this platform"); a PC booted the legacy way may be UEFI firmware in
    /// compatibility mode, which can do Secure Boot once switched to UEFI, so that is unknown.
    /// </summary>
    public static (bool? Enabled, bool? Capable) SecureBoot(FirmwareType type, long? uefiSecureBootEnabled) =>
        uefiSecureBootEnabled is { } value
            ? (value == 1, true)
            : (null, type == FirmwareType.Uefi ? false : null);
}
