using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11 needs UEFI firmware, a TPM 2.0 and a Secure Boot capable PC. Missing UEFI or TPM 2.0
/// blocks setup outright; Secure Boot only has to be possible, so Secure Boot being off (or unknown) warns.</summary>
[ExportCheck("upgrade.firmware", "UEFI, TPM 2.0 and Secure Boot for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements", "tpm", "secureboot"])]
public sealed class FirmwareCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var firmware = await context.Machine.System.GetFirmwareAsync(cancellationToken).ConfigureAwait(false);

        var evidence = new[]
        {
            new Evidence("firmware", firmware.Type == FirmwareType.Uefi ? "UEFI" : "BIOS"),
            new Evidence("tpmSpecVersion", firmware.TpmSpecVersion ?? Strings.EvidenceNone),
            new Evidence("secureBoot", firmware.SecureBootEnabled switch
            {
                true => Strings.EvidenceOn,
                false => Strings.EvidenceOff,
                null => Strings.EvidenceUnknown,
            }),
        };

        var unmet = new List<Requirement>();
        if (firmware.Type == FirmwareType.Bios)
        {
            unmet.Add(new(CheckStatus.Fail, Strings.LegacyBios));
        }

        var tpmVersion = firmware.TpmSpecVersion is { } spec ? TpmVersion.Parse(spec) : null;
        if (TpmProblem(firmware.TpmSpecVersion, tpmVersion) is { } tpm)
        {
            unmet.Add(tpm);
        }

        if (firmware.SecureBootEnabled != true)
        {
            unmet.Add(new(CheckStatus.Warn, firmware.SecureBootEnabled is null ? Strings.SecureBootUnknown : Strings.SecureBootOff));
        }

        return Requirement.Judge(unmet, Strings.FormatFirmwareOk(tpmVersion?.ToString(2)), evidence);
    }

    private static Requirement? TpmProblem(string? specVersion, Version? version)
    {
        if (specVersion is null)
        {
            return new(CheckStatus.Fail, Strings.NoTpm);
        }

        if (version is null)
        {
            return new(CheckStatus.Warn, Strings.FormatTpmUnreadable(specVersion));
        }

        return version < Windows11.MinimumTpm
            ? new(CheckStatus.Fail, Strings.FormatTpmTooOld(version.ToString(2)))
            : null;
    }
}
