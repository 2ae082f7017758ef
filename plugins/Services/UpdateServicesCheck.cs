using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Services.Resources;

namespace WuToolkit.Plugins.Services;

/// <summary>Windows Update is several services working together: one that is disabled (often by a "privacy" or
/// "debloat" tool) or missing stops scans, downloads or installs, usually with a bare error code. Most of them start on
/// demand (manual, trigger start) and are stopped whenever idle, which is normal. The Microsoft Account Sign-in
/// Assistant looks unrelated, but without it Windows Update cannot get the device ID that feature updates are offered
/// by (Microsoft's Windows Update troubleshooting guide), while monthly updates still install.</summary>
[ExportCheck(
    "services.update-services",
    "Update services present and not disabled",
    Scenario = Scenario.Both,
    Tags = ["services"],
    Description = "Whether BITS, wuauserv, TrustedInstaller, CryptSvc, UsoSvc, DoSvc and wlidsvc exist, are not disabled and "
        + "run when they should: a disabled or missing update service stops scans, downloads or installs, and a disabled "
        + "Microsoft Account Sign-in Assistant stops feature updates being offered. Manual services that are stopped are normal.")]
public sealed class UpdateServicesCheck : ICheck
{
    /// <summary>The fix that sets every update service back to its default start type.</summary>
    public const string RestoreDefaultsFix = "services.restore-defaults";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var survey = await ServiceSurvey.TakeAsync(context.Machine.Services, cancellationToken).ConfigureAwait(false);
        var evidence = survey.Evidence;

        // Microsoft accounts do not apply to Windows Server, where the sign-in assistant may be off by design.
        var signIn = survey.SignInAssistantDisabled;
        var signInOnServer = signIn is not null && await WindowsEdition.IsServerAsync(context.Machine.System, cancellationToken).ConfigureAwait(false);
        var signInMatters = signIn is not null && !signInOnServer;

        // The sign-in assistant is named with the others when something fails anyway: the same fix mends it.
        var disabled = signInMatters ? [.. survey.Disabled, ServiceSurvey.Named(signIn!)] : survey.Disabled;
        if (survey.Missing.Count > 0)
        {
            var missing = string.Join(Strings.ListSeparator, survey.Missing);

            // Restoring start types cannot bring a deleted service back, but it does mend the disabled ones.
            return disabled.Count > 0
                ? CheckResult.Fail(Strings.FormatMissingAndDisabled(missing, string.Join(Strings.ListSeparator, disabled)), evidence, RestoreDefaultsFix)
                : CheckResult.Fail(Strings.FormatMissing(missing), evidence);
        }

        if (survey.Disabled.Count > 0)
        {
            return CheckResult.Fail(Strings.FormatDisabled(string.Join(Strings.ListSeparator, disabled)), evidence, RestoreDefaultsFix);
        }

        var warnings = new List<string>();
        if (signInMatters)
        {
            var summary = Strings.FormatSignInAssistantDisabled(ServiceSurvey.Named(signIn!));

            // Asked about an upgrade, the one thing that stops it being offered is a failure.
            if (context.Scenario == Scenario.Upgrade)
            {
                return CheckResult.Fail(summary, evidence, RestoreDefaultsFix);
            }

            warnings.Add(summary);
        }

        if (survey.StoppedAutomatic.Count > 0)
        {
            warnings.Add(Strings.FormatAutomaticStopped(string.Join(Strings.ListSeparator, survey.StoppedAutomatic)));
        }

        if (warnings.Count > 0)
        {
            // Both are mended by the same fix: it sets the sign-in assistant back to manual and starts what should run.
            return CheckResult.Warn(string.Join(Strings.SentenceSeparator, warnings), evidence, RestoreDefaultsFix);
        }

        if (signInOnServer)
        {
            return CheckResult.Pass(Strings.FormatSignInAssistantDisabledOnServer(ServiceSurvey.Named(signIn!)), [.. evidence]);
        }

        return survey.NonDefault.Count > 0
            ? CheckResult.Pass(Strings.FormatAllCanStartNonDefault(string.Join(Strings.ListSeparator, survey.NonDefault)), [.. evidence])
            : CheckResult.Pass(Strings.AllCanStart, [.. evidence]);
    }
}
