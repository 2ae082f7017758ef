using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Isolation;

/// <summary>A check of an isolated plugin as wutk's run engine sees it: running it asks the plugin's process.</summary>
internal sealed class IsolatedCheck(IsolatedPlugin plugin, string id) : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        (await plugin.RunAsync(id, context, cancellationToken).ConfigureAwait(false))!;
}

/// <summary>A fix of an isolated plugin: listed, but version 1 of the protocol carries no plans, so it cannot be planned.</summary>
internal sealed class IsolatedFix(string plugin, string id) : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) =>
        throw new NotSupportedException(IsolationStrings.FormatFixNotIsolated(id, plugin));
}
