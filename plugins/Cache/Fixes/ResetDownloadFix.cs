using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>The troubleshooting guide's first repair, done so that it can be undone: the update services stop, the
/// download cache (SoftwareDistribution) and the catalog database (catroot2) move aside, and the services start again
/// and rebuild both. Nothing is deleted; pending.xml and the registry are never touched.</summary>
[ExportFix(
    SoftwareDistributionCheck.ResetDownloadFix,
    "Reset the download cache",
    Description = "Stops the update services (UsoSvc, DoSvc, wuauserv, BITS, CryptSvc), renames SoftwareDistribution and catroot2 to *.bak "
        + "and starts the services again, so that Windows Update downloads afresh. Clears downloads that are stuck or corrupt; nothing is deleted.",
    Addresses = ["cache.software-distribution", "cache.download-progress"],
    Impact = FixImpact.Moderate,
    Scenario = Scenario.Both)]
public sealed class ResetDownloadFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var storage = context.Machine.Storage;
        var cycle = await ServiceCycle.PlanAsync(context.Machine.Services, cancellationToken).ConfigureAwait(false);
        List<FixStep> moves = [];
        moves.AddIfAny(await FolderMoves.AsideAsync(storage, WindowsPaths.SoftwareDistribution, Strings.MoveSoftwareDistribution, cancellationToken).ConfigureAwait(false));
        moves.AddIfAny(await FolderMoves.AsideAsync(storage, WindowsPaths.Catroot2, Strings.MoveCatroot2, cancellationToken).ConfigureAwait(false));

        // With nothing to move, stopping and starting the services would change nothing.
        if (moves.Count == 0)
        {
            return new FixPlan { Notes = [Strings.NothingToMove] };
        }

        return new FixPlan { Steps = [.. cycle.Stops, .. moves, .. cycle.Starts], Notes = cycle.Notes };
    }
}
