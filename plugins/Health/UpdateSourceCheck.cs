using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>Who decides this PC's updates: Windows Update or Microsoft Update, a WSUS server, Windows Update for
/// Business, an MDM server (Intune) or Configuration Manager. A managed PC is healthy: this is what a repair must know
/// to leave the administrator's settings alone. It warns only where the policies contradict each other in ways known
/// to stop updates.</summary>
[ExportCheck("health.update-source", "Update source and management", Scenario = Scenario.Both, Tags = ["health", "updates", "policy", "management"],
    Description = "Finds who decides this PC's updates (Windows Update, Microsoft Update, WSUS, Windows Update for Business, MDM/Intune, Configuration Manager) so that repairs leave managed settings alone; a managed PC passes, and only policies known to stop updates warn.")]
public sealed class UpdateSourceCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = await UpdatePolicy.ReadAsync(context.Machine.Registry, cancellationToken).ConfigureAwait(false);
        var management = await DeviceManagement.ReadAsync(context.Machine, cancellationToken).ConfigureAwait(false);
        var services = await Answers.AskAsync(() => context.Machine.Updates.GetServiceRegistrationsAsync(cancellationToken)).ConfigureAwait(false);

        var managers = Managers(policy, management);
        var evidence = Evidence(policy, management, services, managers);
        var source = managers.Count > 0
            ? Strings.FormatSourceManaged(string.Join(Strings.ListSeparator, managers))
            : OtherProducts(services) == true ? Strings.SourceMicrosoftUpdate : Strings.SourceWindowsUpdate;
        var notes = Notes(policy, services);

        var conflicts = Conflicts(policy);
        if (conflicts.Count > 0)
        {
            return CheckResult.Warn(string.Join(Strings.ClauseSeparator, [source, .. conflicts]), evidence);
        }

        return new CheckResult { Status = CheckStatus.Pass, Summary = string.Join(Strings.ClauseSeparator, [source, .. notes]), Evidence = evidence };
    }

    /// <summary>The management in force, most encompassing first.</summary>
    private static List<string> Managers(UpdatePolicy policy, DeviceManagement management)
    {
        var managers = new List<string>();
        if (management.ConfigMgrClient.Value)
        {
            managers.Add(Strings.ManagerConfigMgr);
        }

        if (policy.UsesWsus)
        {
            managers.Add(Strings.FormatManagerWsus(policy.WuServer));
        }

        if (management.ManagedByMdm)
        {
            managers.Add(Strings.ManagerMdm);
        }

        if (policy.Business.Count > 0)
        {
            managers.Add(Strings.ManagerBusiness);
        }

        return managers;
    }

    /// <summary>Policies that contradict each other in ways known to stop updates, each with why.</summary>
    private static List<string> Conflicts(UpdatePolicy policy)
    {
        var conflicts = new List<string>();
        if (policy.UseWuServer && policy.WuServer is null)
        {
            // The client is told to ask a server it is not given: every search fails.
            conflicts.Add(Strings.ConflictWsusWithoutServer);
        }

        if (policy.DisableWindowsUpdateAccess && !policy.UsesWsus)
        {
            // With no managed server left to ask, the agent refuses Windows Update itself (WU_E_WU_DISABLED).
            conflicts.Add(Strings.ConflictAccessDisabled);
        }

        // Without WSUS this policy does nothing (it applies only to clients of an intranet server), so only that case counts:
        // a WSUS server carries no Features on Demand or language packs, and the Store cannot reach its servers either.
        if (policy.DoNotConnectToInternet && policy.UsesWsus)
        {
            conflicts.Add(Strings.ConflictWsusOnly);
        }

        return conflicts;
    }

    /// <summary>What a managed or unmanaged PC's owner should know that breaks nothing.</summary>
    private static List<string> Notes(UpdatePolicy policy, Answer<IReadOnlyList<UpdateServiceRegistration>> services)
    {
        var notes = new List<string>();
        if (policy.TargetRelease is { } release)
        {
            notes.Add(Strings.FormatNoteTargetRelease(release));
        }

        if (policy.WuServer is { } server && !policy.UseWuServer)
        {
            notes.Add(Strings.FormatNoteWsusIgnored(server));
        }

        if (OtherProducts(services) is { } on)
        {
            notes.Add(on ? Strings.NoteOtherProductsOn : Strings.NoteOtherProductsOff);
        }

        return notes;
    }

    /// <summary>"Receive updates for other Microsoft products": Microsoft Update registered with the agent.</summary>
    private static bool? OtherProducts(Answer<IReadOnlyList<UpdateServiceRegistration>> services) =>
        services.IsKnown ? (services.Value ?? []).Any(service => UpdateServiceIds.Is(service.ServiceId, UpdateServiceIds.MicrosoftUpdate)) : null;

    private static List<Evidence> Evidence(UpdatePolicy policy, DeviceManagement management, Answer<IReadOnlyList<UpdateServiceRegistration>> services, List<string> managers)
    {
        var evidence = new List<Evidence>
        {
            new("managed", managers.Count > 0 ? Strings.EvidenceYes : Strings.EvidenceNo),
            new("management", managers.Count > 0 ? string.Join(", ", managers) : Strings.EvidenceNone),
            new("wuServer", policy.WuServer ?? Strings.EvidenceNotSet),
            new("useWUServer", policy.UseWuServer ? "1" : Strings.EvidenceNotSet),
        };

        if (policy.WuStatusServer is { } status)
        {
            evidence.Add(new("wuStatusServer", status));
        }

        if (policy.DoNotConnectToInternet)
        {
            evidence.Add(new("doNotConnectToWindowsUpdateInternetLocations", "1"));
        }

        if (policy.DisableWindowsUpdateAccess)
        {
            evidence.Add(new("disableWindowsUpdateAccess", "1"));
        }

        evidence.Add(new("windowsUpdateForBusiness", policy.Business.Count > 0 ? string.Join(", ", policy.Business) : Strings.EvidenceNone));
        evidence.Add(new("mdmUpdatePolicies", management.MdmUpdatePolicies is { IsKnown: true, Value: { } names }
            ? names.Count > 0 ? string.Join(", ", names.Take(10)) : Strings.EvidenceNone
            : Strings.EvidenceUnknown));
        evidence.Add(new("mdmEnrollment", YesNo(management.Enrolled)));
        evidence.Add(new("configMgrClient", YesNo(management.ConfigMgrClient)));
        evidence.Add(new("otherMicrosoftProducts", OtherProducts(services) switch
        {
            true => Strings.EvidenceOn,
            false => Strings.EvidenceOff,
            null => Strings.EvidenceUnknown,
        }));
        if (services.IsKnown && (services.Value ?? []).FirstOrDefault(service => service.IsDefaultAUService) is { } automatic)
        {
            evidence.Add(new("defaultService", automatic.Name));
        }

        return evidence;
    }

    private static string YesNo(Answer<bool> answer) => answer.IsKnown ? answer.Value ? Strings.EvidenceYes : Strings.EvidenceNo : Strings.EvidenceUnknown;
}
