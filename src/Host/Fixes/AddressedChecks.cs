using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>Runs named checks on the machine a fix works on: the checks <c>--for</c> names, and those a fix addresses,
/// before and after it is applied.</summary>
public sealed class AddressedChecks(PluginCatalog catalog, IMachine machine, KeyValueSettings settings, HostSession session, TimeSpan timeout)
{
    /// <summary>The loaded checks with these ids (ids that name no loaded check are left out).</summary>
    public IReadOnlyList<CheckDescriptor> Find(IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. catalog.Checks.Where(check => wanted.Contains(check.Id))];
    }

    public async Task<IReadOnlyList<CheckOutcome>> RunAsync(IReadOnlyList<CheckDescriptor> checks, CancellationToken cancellationToken)
    {
        if (checks.Count == 0)
        {
            return [];
        }

        var options = new RunOptions(Abstractions.Checks.Scenario.Both, timeout)
        {
            ErrorCodes = new CatalogCodeLookup(catalog.ErrorCatalogs, session.LoggerFactory.CreateLogger("wutk.catalogs")),
        };
        using var progress = session.OpenRunProgress();
        return await new CheckRunner(machine, settings, session.LoggerFactory, options).RunAsync(checks, progress, cancellationToken).ConfigureAwait(false);
    }
}
