using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.CleanBoot.Resources;

namespace WuToolkit.Plugins.CleanBoot.Fixes;

/// <summary>
/// Enters a clean boot as Microsoft support describes it (msconfig: hide all Microsoft services, disable all; Task
/// Manager: disable every startup program): every service of another publisher is set to Disabled and every startup
/// program of another publisher is switched off as Task Manager does, so that the next start runs Windows with
/// Microsoft's services and programs only. "Another publisher" is judged exactly as the clean boot checks judge it, so a
/// Microsoft service is never touched and one whose publisher is unknown is left alone rather than guessed at.
/// <para>
/// Unlike msconfig, the services of known security software are left out (and listed as such): their self-protection
/// refuses a change of start type, and one refusal would roll the whole clean boot back; their filter drivers stay
/// loaded whatever the service's start type, so turning the product off in itself or uninstalling it for the test, as
/// <c>cleanboot.security-products</c> advises, is what actually rules it out. Everything is journaled, and the host's
/// <c>cleanboot.exit</c> restores every start type and switch exactly as it was.
/// </para>
/// </summary>
[ExportFix(ThirdPartyServicesCheck.EnterCleanBootFix, "Enter a clean boot",
    Description = "Sets every service of another publisher than Microsoft to Disabled and turns off their startup programs as Task Manager does, so that the next start runs only Microsoft's; security software is left to its own switch. cleanboot.exit restores everything exactly as it was.",
    Addresses = ["cleanboot.third-party-services", "cleanboot.startup-items"], Impact = FixImpact.Heavy, Scenario = Scenario.Both,
    UndoFixId = "cleanboot.exit")]
public sealed class EnterCleanBootFix : IFix
{
    /// <summary>Names of services whose publisher is unknown shown in the plan; the rest are counted.</summary>
    private const int UnknownNamed = 5;

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var machine = context.Machine;
        var services = await machine.Services.ListAsync(cancellationToken).ConfigureAwait(false);
        var items = await machine.System.GetStartupItemsAsync(cancellationToken).ConfigureAwait(false);

        var steps = new List<FixStep>();
        var omitted = new List<OmittedStep>();
        PlanServices(services, steps, omitted);
        await PlanStartupItemsAsync(machine, items, steps, omitted, cancellationToken).ConfigureAwait(false);

        var notes = new List<string>();
        if (steps.Count == 0)
        {
            notes.Add(FixStrings.AlreadyClean);
        }
        else
        {
            if (context.ManagedBy.Count > 0)
            {
                notes.Add(FixStrings.FormatManagedPc(string.Join(FixStrings.ListSeparator, context.ManagedBy)));
            }

            notes.Add(FixStrings.RestartToEnter);
            notes.Add(FixStrings.HowToExit);
        }

        return new FixPlan { Steps = steps, Omitted = omitted, Notes = notes };
    }

    private static void PlanServices(IReadOnlyList<ServiceInfo> services, List<FixStep> steps, List<OmittedStep> omitted)
    {
        // Boot and system start types belong to drivers, which a clean boot never touches; disabled ones are off already.
        var candidates = services
            .Where(service => service.StartType is ServiceStartType.Automatic or ServiceStartType.AutomaticDelayed or ServiceStartType.Manual)
            .OrderBy(service => service.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var security = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var service in candidates)
        {
            if (string.IsNullOrWhiteSpace(service.Publisher))
            {
                unknown.Add(service.Name);
                continue;
            }

            if (!Publishers.IsThirdParty(service.Publisher))
            {
                continue;
            }

            if (SecurityProducts.All.FirstOrDefault(product => product.Matches(service)) is { } product)
            {
                if (!security.TryGetValue(product.Name, out var names))
                {
                    security[product.Name] = names = [];
                }

                names.Add(service.Name);
                continue;
            }

            steps.Add(new SetServiceStartTypeStep
            {
                ServiceName = service.Name,
                StartType = ServiceStartType.Disabled,
                Reason = FixStrings.FormatServiceReason(service.DisplayName, service.Publisher.Trim()),
            });
        }

        foreach (var (product, names) in security.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            omitted.Add(new OmittedStep { Description = FixStrings.FormatSecurityStep(product, string.Join(FixStrings.ListSeparator, names)), Reason = FixStrings.SecurityLeftAlone });
        }

        if (unknown.Count > 0)
        {
            var named = string.Join(FixStrings.ListSeparator, unknown.Take(UnknownNamed));
            if (unknown.Count > UnknownNamed)
            {
                named = Strings.FormatAndMore(named, unknown.Count - UnknownNamed);
            }

            omitted.Add(new OmittedStep { Description = FixStrings.FormatUnknownPublisherStep(named), Reason = FixStrings.UnknownPublisherLeftAlone });
        }
    }

    private static async Task PlanStartupItemsAsync(IMachine machine, IReadOnlyList<StartupItemInfo> items, List<FixStep> steps, List<OmittedStep> omitted, CancellationToken cancellationToken)
    {
        var now = await AskAsync(() => machine.Clock.GetUtcNowAsync(cancellationToken)).ConfigureAwait(false);
        var off = StartupApproval.OffData(now.Known ? now.Value : null);
        var planned = new HashSet<(string, string)>(new PlaceComparer());
        foreach (var item in items.Where(item => !StartupPrograms.IsMicrosoft(item.Command)).OrderBy(item => item.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (StartupApproval.KeyFor(item.Location) is not { } key || string.IsNullOrWhiteSpace(item.Name))
            {
                var reason = StartupApproval.IsRunOnce(item.Location) ? FixStrings.RunOnceLeftAlone : FixStrings.StartupPlaceLeftAlone;
                omitted.Add(new OmittedStep { Description = FixStrings.FormatStartupStep(item.Name, item.Location), Reason = reason });
                continue;
            }

            if (!planned.Add((key, item.Name)))
            {
                continue;
            }

            // Off already (by Task Manager or an earlier clean boot): nothing to change, and nothing the exit should restore.
            var current = await AskAsync(() => machine.Registry.GetValueAsync(key, item.Name, cancellationToken)).ConfigureAwait(false);
            if (current.Known && StartupApproval.IsOff(current.Value))
            {
                continue;
            }

            steps.Add(new SetRegistryValueStep
            {
                Key = key,
                Name = item.Name,
                Kind = "REG_BINARY",
                Data = off,
                Reason = FixStrings.FormatStartupReason(item.Name),
            });
        }
    }

    /// <summary>An answer that may be missing (a snapshot that never recorded it): then the plan does not rely on it.</summary>
    private static async Task<(bool Known, T? Value)> AskAsync<T>(Func<Task<T>> question)
    {
        try
        {
            return (true, await question().ConfigureAwait(false));
        }
        catch (QuestionUnansweredException)
        {
            return (false, default);
        }
    }

    /// <summary>Registry keys and value names compare as Windows compares them, ignoring case.</summary>
    private sealed class PlaceComparer : IEqualityComparer<(string Key, string Name)>
    {
        public bool Equals((string Key, string Name) x, (string Key, string Name) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Key, y.Key) && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

        public int GetHashCode((string Key, string Name) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }
}
