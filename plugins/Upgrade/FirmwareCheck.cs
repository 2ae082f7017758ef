using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// Windows 11 needs UEFI firmware, a TPM 2.0 and a Secure Boot capable PC; Windows 10 needs none of them. What the
/// hardware lacks fails (legacy BIOS boot, a TPM 1.2, firmware that cannot do Secure Boot); what a user can switch on
/// in the firmware settings warns with the way to do it (Secure Boot off on a capable PC, no TPM visible, which is
/// usually a firmware TPM turned off). The disk layout UEFI needs is <see cref="DiskLayoutCheck"/>'s business.
/// </summary>
[ExportCheck("upgrade.firmware", "UEFI, TPM 2.0 and Secure Boot for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements", "tpm", "secureboot"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether the firmware meets the target Windows' requirements: UEFI boot, a TPM 2.0 and Secure Boot capability for Windows 11 (Windows 10 needs none). Legacy BIOS, a TPM 1.2 or firmware without Secure Boot fail; Secure Boot off or no TPM visible warn with how to turn them on in the firmware settings.")]
public sealed class FirmwareCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var firmware = await context.Machine.System.GetFirmwareAsync(cancellationToken).ConfigureAwait(false);

        var evidence = new[]
        {
            new Evidence("target", target.Name),
            new Evidence("firmware", FirmwareText(firmware.Type)),
            new Evidence("tpmSpecVersion", firmware.TpmSpecVersion ?? Strings.EvidenceNone),
            new Evidence("secureBoot", OnOff(firmware.SecureBootEnabled)),
            new Evidence("secureBootCapable", YesNo(firmware.SecureBootCapable)),
        };

        var tpmVersion = firmware.TpmSpecVersion is { } spec ? TpmVersion.Parse(spec) : null;
        if (!target.NeedsUefi && target.MinimumTpm is null && !target.NeedsSecureBootCapable)
        {
            return CheckResult.Pass(Strings.FormatFirmwareNotRequired(target.Name, FirmwareText(firmware.Type), tpmVersion?.ToString(2) ?? Strings.EvidenceNone, OnOff(firmware.SecureBootEnabled)), evidence);
        }

        var unmet = new List<Requirement>();
        if (target.NeedsUefi && firmware.Type == FirmwareType.Bios)
        {
            unmet.Add(new(CheckStatus.Fail, Strings.FormatLegacyBios(target.Name)));
        }

        if (target.MinimumTpm is { } minimumTpm && TpmProblem(target, minimumTpm, firmware.TpmSpecVersion, tpmVersion) is { } tpm)
        {
            unmet.Add(tpm);
        }

        // Secure Boot exists only in UEFI mode: on a PC booting through legacy BIOS the BIOS finding already says to
        // switch to UEFI, and Windows cannot tell the firmware's capability from there.
        if (target.NeedsSecureBootCapable && firmware.Type == FirmwareType.Uefi && SecureBootProblem(target, firmware) is { } secureBoot)
        {
            unmet.Add(secureBoot);
        }

        return Requirement.Judge(unmet, Strings.FormatFirmwareOk(tpmVersion?.ToString(2), target.Name, OnOff(firmware.SecureBootEnabled)), evidence);
    }

    private static Requirement? TpmProblem(TargetRequirements target, Version minimum, string? specVersion, Version? version)
    {
        if (specVersion is null)
        {
            return new(CheckStatus.Warn, Strings.FormatNoTpm(target.Name, minimum.ToString(2)));
        }

        if (version is null)
        {
            return new(CheckStatus.Warn, Strings.FormatTpmUnreadable(specVersion, target.Name, minimum.ToString(2)));
        }

        return version < minimum
            ? new(CheckStatus.Fail, Strings.FormatTpmTooOld(version.ToString(2), target.Name, minimum.ToString(2)))
            : null;
    }

    private static Requirement? SecureBootProblem(TargetRequirements target, FirmwareInfo firmware) => (firmware.SecureBootEnabled, firmware.SecureBootCapable) switch
    {
        (true, _) => null,
        (_, false) => new(CheckStatus.Fail, Strings.FormatSecureBootNotCapable(target.Name)),
        (false, _) => new(CheckStatus.Warn, Strings.FormatSecureBootOff(target.Name)),

        // Capable is all Windows 11 asks; whether it is on could not be read.
        (null, true) => null,
        (null, null) => new(CheckStatus.Warn, Strings.FormatSecureBootUnknown(target.Name)),
    };

    private static string FirmwareText(FirmwareType type) => type == FirmwareType.Uefi ? "UEFI" : "BIOS";

    private static string OnOff(bool? value) => value switch
    {
        true => Strings.EvidenceOn,
        false => Strings.EvidenceOff,
        null => Strings.EvidenceUnknown,
    };

    private static string YesNo(bool? value) => value switch
    {
        true => Strings.EvidenceYes,
        false => Strings.EvidenceNo,
        null => Strings.EvidenceUnknown,
    };
}
