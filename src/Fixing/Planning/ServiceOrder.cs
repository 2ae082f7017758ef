using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Planning;

/// <summary>
/// The order in which the update services must stop for a plan to work: the orchestrator (UsoSvc) starts Windows Update
/// again if it is still running, and Delivery Optimization, Windows Update, BITS and the cryptographic service hold files
/// open in the folders a cache reset moves. The engine runs any order a plan gives (a plan may have reasons); this says
/// what is likely to fail, for tests and reviews.
/// </summary>
public static class ServiceOrder
{
    /// <summary>Services that must stop before another: (first, then).</summary>
    public static IReadOnlyList<(string First, string Then)> StopBefore { get; } =
    [
        ("UsoSvc", "wuauserv"),
        ("DoSvc", "wuauserv"),
    ];

    /// <summary>Folders (by leaf name) and the services that hold files in them, which must be stopped before they move.</summary>
    public static IReadOnlyList<(string Folder, string[] Services)> Holders { get; } =
    [
        ("SoftwareDistribution", ["UsoSvc", "DoSvc", "wuauserv", "bits"]),
        ("catroot2", ["cryptsvc"]),
    ];

    /// <summary>The order problems of a plan, one sentence each; empty when there are none.</summary>
    public static IReadOnlyList<string> Problems(FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<string>();
        var stops = plan.Steps
            .Select((step, index) => (Step: step, Index: index))
            .Where(pair => pair.Step is StopServiceStep)
            .ToDictionary(pair => ((StopServiceStep)pair.Step).ServiceName, pair => pair.Index, StringComparer.OrdinalIgnoreCase);
        foreach (var (first, then) in StopBefore)
        {
            if (stops.TryGetValue(first, out var firstAt) && stops.TryGetValue(then, out var thenAt) && firstAt > thenAt)
            {
                problems.Add(FixingStrings.FormatOrderStopBefore(first, then));
            }
        }

        for (var index = 0; index < plan.Steps.Count; index++)
        {
            if (plan.Steps[index] is not RenameFolderStep rename)
            {
                continue;
            }

            var leaf = rename.Path.TrimEnd('\\', '/');
            leaf = leaf[(leaf.LastIndexOfAny(['\\', '/']) + 1)..];
            foreach (var (folder, services) in Holders.Where(holder => holder.Folder.Equals(leaf, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var service in services)
                {
                    if (stops.TryGetValue(service, out var at) && at > index)
                    {
                        problems.Add(FixingStrings.FormatOrderStopBeforeMove(service, folder));
                    }
                }
            }
        }

        return problems;
    }
}
