using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>An unactivated Windows nags, loses personalisation and, past its grace period, some features; an
/// evaluation copy expires and cannot be upgraded in place to a retail edition, so an upgrade means a clean install.</summary>
[ExportCheck("health.activation", "Windows activation", Scenario = Scenario.Both, Tags = ["health", "activation", "license"],
    Description = "Reads the Windows licence state: activated passes, a grace period warns with the time left, an evaluation copy warns (it expires and cannot be upgraded in place to a retail edition), and a notification or unlicensed state fails.")]
public sealed class ActivationCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var license = await context.Machine.System.GetLicenseAsync(cancellationToken).ConfigureAwait(false);
        var evidence = Evidence(license);
        var product = license.ProductName ?? Strings.ThisWindows;
        var left = license.GraceRemaining is { } remaining ? Durations.Format(remaining) : Strings.TimeLeftUnknown;

        switch (license.Status)
        {
            case LicenseStatus.Unlicensed or LicenseStatus.Notification:
                var state = license.Status == LicenseStatus.Unlicensed ? Strings.StateUnlicensed : Strings.StateNotification;
                return CheckResult.Fail(
                    license.Evaluation ? Strings.FormatEvaluationExpired(product, state) : Strings.FormatNotActivated(product, state),
                    evidence);
            case LicenseStatus.Licensed when license.Evaluation:
                return CheckResult.Warn(Strings.FormatEvaluation(product, left), evidence);
            case LicenseStatus.Licensed:
                return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatActivated(product), Evidence = evidence };
            default:
                // Every grace period: Windows works fully for now, and stops being activated when the time runs out.
                return CheckResult.Warn(
                    license.Evaluation ? Strings.FormatEvaluation(product, left) : Strings.FormatGracePeriod(product, GraceName(license.Status), left),
                    evidence);
        }
    }

    private static string GraceName(LicenseStatus status) => status switch
    {
        LicenseStatus.OutOfBoxGrace => Strings.GraceOutOfBox,
        LicenseStatus.OutOfToleranceGrace => Strings.GraceOutOfTolerance,
        LicenseStatus.NonGenuineGrace => Strings.GraceNonGenuine,
        _ => Strings.GraceExtended,
    };

    /// <summary>The licence status in the user's language; in English the enum name, as it always was.</summary>
    private static string StatusWord(LicenseStatus status) => status switch
    {
        LicenseStatus.Licensed => Strings.LicenseLicensed,
        LicenseStatus.Unlicensed => Strings.LicenseUnlicensed,
        LicenseStatus.OutOfBoxGrace => Strings.LicenseOutOfBoxGrace,
        LicenseStatus.OutOfToleranceGrace => Strings.LicenseOutOfToleranceGrace,
        LicenseStatus.NonGenuineGrace => Strings.LicenseNonGenuineGrace,
        LicenseStatus.Notification => Strings.LicenseNotification,
        LicenseStatus.ExtendedGrace => Strings.LicenseExtendedGrace,
        _ => status.ToString(),
    };

    private static List<Evidence> Evidence(LicenseInfo license)
    {
        var evidence = new List<Evidence> { new("status", StatusWord(license.Status)) };
        if (license.ProductName is { } product)
        {
            evidence.Add(new("product", product));
        }

        if (license.Channel is { } channel)
        {
            evidence.Add(new("channel", channel));
        }

        evidence.Add(new("evaluation", license.Evaluation ? Strings.EvidenceYes : Strings.EvidenceNo));
        if (license.GraceRemaining is { } remaining)
        {
            evidence.Add(new("timeLeft", Durations.Format(remaining)));
        }

        return evidence;
    }
}
