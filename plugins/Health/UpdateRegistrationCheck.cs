using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>The Windows Update agent finds updates only through the services registered with it (Windows Update,
/// Microsoft Update, a WSUS server): with none registered it is connected to nothing, and with none chosen for
/// automatic updates nothing arrives on its own.</summary>
[ExportCheck("health.update-registration", "Update services registered with the agent", Scenario = Scenario.Both, Tags = ["health", "updates", "agent"],
    Description = "Lists the update services registered with the Windows Update agent (COM ServiceManager): none registered fails, since the client is then connected to no update service; none chosen for automatic updates warns.")]
public sealed class UpdateRegistrationCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = await context.Machine.Updates.GetServiceRegistrationsAsync(cancellationToken).ConfigureAwait(false);
        var evidence = services.Select(Describe).ToList();
        if (services.Count == 0)
        {
            evidence.Add(new("services", Strings.EvidenceNone));
            return CheckResult.Fail(Strings.NoUpdateServices, evidence, FixIds.ResetDownloadCache);
        }

        var names = string.Join(Strings.ListSeparator, services.Select(service => service.Name));
        var automatic = services.FirstOrDefault(service => service.IsDefaultAUService);
        if (automatic is null)
        {
            return CheckResult.Warn(Strings.FormatNoDefaultService(names), evidence, FixIds.ResetDownloadCache);
        }

        return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatUpdateServicesOk(automatic.Name, names), Evidence = evidence };
    }

    // Keyed by the service's name, as the user sees it in Windows Update's own listings.
    private static Evidence Describe(UpdateServiceRegistration service)
    {
        var facts = new List<string> { service.ServiceId };
        if (service.IsDefaultAUService)
        {
            facts.Add(Strings.FactDefault);
        }

        if (service.IsManaged)
        {
            facts.Add(Strings.FactManaged);
        }

        if (service.IsRegisteredWithAU)
        {
            facts.Add(Strings.FactRegisteredWithAU);
        }

        return new Evidence(service.Name, string.Join(", ", facts));
    }
}
