using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>
/// Microsoft's "reset Windows Update components" procedure, as a plan that moves aside instead of deleting: the update
/// services stop, the BITS queue, SoftwareDistribution and catroot2 move aside, BITS and Windows Update get their
/// documented security descriptors back (the old ones are journaled), the update DLLs this build has are registered
/// again, and the services start in reverse order. The procedure's WinHTTP proxy and Winsock resets are separate fixes
/// (network.reset-winhttp-proxy, network.reset-winsock): they break working networks when they are not the problem.
/// </summary>
/// <remarks>Reset scripts often also delete the Windows Update policy key and the client's WSUS identity (SusClientId).
/// Neither is part of Microsoft's procedure, and wutk never does either: on a PC nobody manages there is no policy and no
/// WSUS to know an identity; on a managed one both belong to its manager. A managed PC's plan says so in
/// <see cref="FixPlan.Omitted"/>, so that whoever reviews it knows why the reset went no further.</remarks>
[ExportFix(
    "cache.reset-components",
    "Reset the Windows Update components",
    Description = "Microsoft's full component reset: stops the update services, moves the BITS queue, SoftwareDistribution and catroot2 "
        + "aside, restores the default security descriptors of BITS and wuauserv, registers the update DLLs this build has again and "
        + "starts the services. For update errors that a download-cache reset did not clear; never touches policy or the client's identity.",
    Addresses = ["cache.software-distribution", "cache.download-progress"],
    Impact = FixImpact.Heavy)]
public sealed class ResetComponentsFix : IFix
{
    /// <summary>Where BITS keeps its queue: <c>qmgr.db</c> and its logs, or <c>qmgr0.dat</c>/<c>qmgr1.dat</c> before
    /// Windows 10 (the procedure's <c>%ALLUSERSPROFILE%\Application Data\…</c> is the same folder).</summary>
    public const string BitsQueueFolder = @"%ALLUSERSPROFILE%\Microsoft\Network\Downloader";

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var storage = context.Machine.Storage;
        var cycle = await ServiceCycle.PlanAsync(context.Machine.Services, cancellationToken).ConfigureAwait(false);

        List<FixStep> steps = [.. cycle.Stops];

        // The queue is an ESE database with its logs and checkpoint: moved as one folder, never file by file.
        steps.AddIfAny(await FolderMoves.AsideAsync(storage, BitsQueueFolder, Strings.MoveBitsQueue, cancellationToken).ConfigureAwait(false));
        steps.AddIfAny(await FolderMoves.AsideAsync(storage, WindowsPaths.SoftwareDistribution, Strings.MoveSoftwareDistribution, cancellationToken).ConfigureAwait(false));
        steps.AddIfAny(await FolderMoves.AsideAsync(storage, WindowsPaths.Catroot2, Strings.MoveCatroot2, cancellationToken).ConfigureAwait(false));
        steps.AddRange(ServiceSecurity.Services
            .Where(cycle.Includes)
            .Select(service => new SetServiceSecurityStep { ServiceName = service, Sddl = ServiceSecurity.DefaultSddl, Reason = Strings.FormatRestoreSecurity(service) }));

        // Irreversible, so after every step that can be undone: a failure before them rolls back cleanly.
        var (dlls, unknown) = await ExistingDllsAsync(storage, cancellationToken).ConfigureAwait(false);
        steps.AddRange(dlls.Select(Reregister));
        steps.AddRange(cycle.Starts);

        List<string> notes = [.. cycle.Notes, Strings.NetworkResetsSeparate];
        if (unknown > 0)
        {
            notes.Add(Strings.FormatDllsUnknown(unknown));
        }

        return new FixPlan { Steps = steps, Omitted = Omitted(context.ManagedBy), Notes = notes };
    }

    private static RunProgramStep Reregister(string dll) => new()
    {
        Program = UpdateDlls.Regsvr32,
        Arguments = ["/s", dll],
        SuccessExitCodes = [0, UpdateDlls.NothingToRegister],
        Reason = Strings.FormatReregisterDll(dll),
    };

    /// <summary>The DLLs of the procedure that this machine has, and how many it could not say about.</summary>
    private static async Task<(IReadOnlyList<string> Existing, int Unknown)> ExistingDllsAsync(IStorageQueries storage, CancellationToken cancellationToken)
    {
        var existing = new List<string>();
        var unknown = 0;
        foreach (var dll in UpdateDlls.Names)
        {
            try
            {
                var file = await storage.GetPathAsync(UpdateDlls.PathOf(dll), cancellationToken).ConfigureAwait(false);
                if (file.Exists && !file.IsDirectory)
                {
                    existing.Add(dll);
                }
            }
            catch (QuestionUnansweredException)
            {
                // Registering a DLL nobody saw could only fail: left out, and counted for the plan's reader.
                unknown++;
            }
        }

        return (existing, unknown);
    }

    private static IReadOnlyList<OmittedStep> Omitted(IReadOnlyList<string> managedBy)
    {
        if (managedBy.Count == 0)
        {
            return [];
        }

        var managers = string.Join(Strings.ListSeparator, managedBy);
        return
        [
            new OmittedStep { Description = Strings.OmitPolicies, Reason = Strings.FormatOmitPoliciesReason(managers) },
            new OmittedStep { Description = Strings.OmitClientIdentity, Reason = Strings.FormatOmitClientIdentityReason(managers) },
        ];
    }
}
