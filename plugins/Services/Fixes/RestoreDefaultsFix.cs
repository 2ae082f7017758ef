using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Services.Resources;

namespace WuToolkit.Plugins.Services.Fixes;

/// <summary>
/// Sets each update service the services check looks at back to the start type Windows ships it with, and starts the
/// ones that should be running: those that start automatically, and those it just brought back from disabled to a
/// delayed start. Manual (trigger-start) services are left stopped, as Windows leaves them: they start when needed. A
/// service at one of its documented defaults is left alone (BITS is manual on current Windows, delayed on early Windows
/// 10), so a healthy PC gets an empty plan. Windows Server keeps its own defaults, and its sign-in assistant may stay
/// disabled, as the check allows.
/// </summary>
[ExportFix(
    UpdateServicesCheck.RestoreDefaultsFix,
    "Restore the update services' default start types",
    Description = "Sets BITS, wuauserv, TrustedInstaller, CryptSvc, UsoSvc, DoSvc and wlidsvc back to the start type Windows ships them with "
        + "and starts those that should be running. Undoes a \"privacy\" or \"debloat\" tool that disabled them; a service that no longer exists "
        + "cannot be brought back this way.",
    Addresses = ["services.update-services"],
    Impact = FixImpact.Gentle)]
public sealed class RestoreDefaultsFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Machine.Services;
        var server = await WindowsEdition.IsServerAsync(context.Machine.System, cancellationToken).ConfigureAwait(false);
        var startTypes = new List<FixStep>();
        var starts = new List<FixStep>();
        var omitted = new List<OmittedStep>();
        foreach (var expected in ServiceExpectation.UpdateServices)
        {
            var wanted = expected.RestoreTo(server);
            ServiceInfo? service;
            try
            {
                service = await services.GetAsync(expected.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (QuestionUnansweredException)
            {
                // A machine that cannot say (a snapshot that never recorded it) gets the default: the PC itself finds the
                // step already done, or skips a service it does not have.
                startTypes.Add(SetStartType(expected.Name, wanted, Strings.FormatRestoreUnknown(expected.Name, ServiceWords.Of(wanted))));
                continue;
            }

            if (service is null)
            {
                if (expected.Required)
                {
                    omitted.Add(new OmittedStep { Description = Strings.FormatOmitMissing(expected.Name, ServiceWords.Of(wanted)), Reason = Strings.OmitMissingReason });
                }

                continue;
            }

            if (server && expected.Name == ServiceExpectation.SignInAssistant && service.StartType == ServiceStartType.Disabled)
            {
                omitted.Add(new OmittedStep { Description = Strings.FormatOmitSignIn(service.Name, ServiceWords.Of(wanted)), Reason = Strings.OmitSignInReason });
                continue;
            }

            var restored = !expected.IsDefault(service.StartType);
            var target = restored ? wanted : service.StartType;
            if (restored)
            {
                startTypes.Add(SetStartType(service.Name, target, Strings.FormatRestoreStartType(ServiceSurvey.Named(service), ServiceWords.Of(service.StartType), ServiceWords.Of(target))));
            }

            // A delayed service may stop when idle, so one left at its default is not started; one just brought back is.
            var shouldRun = target == ServiceStartType.Automatic || (restored && target == ServiceStartType.AutomaticDelayed);
            if (shouldRun && service.State == ServiceState.Stopped)
            {
                starts.Add(new StartServiceStep { ServiceName = service.Name, Reason = Strings.FormatStartNow(ServiceSurvey.Named(service)) });
            }
        }

        List<FixStep> steps = [.. startTypes, .. starts];
        var notes = steps.Count > 0 && context.ManagedBy.Count > 0 ? [Strings.FormatManagedNote(string.Join(Strings.ListSeparator, context.ManagedBy))] : Array.Empty<string>();
        return new FixPlan { Steps = steps, Omitted = omitted, Notes = notes };
    }

    private static SetServiceStartTypeStep SetStartType(string name, ServiceStartType startType, string reason) =>
        new() { ServiceName = name, StartType = startType, Reason = reason };
}
