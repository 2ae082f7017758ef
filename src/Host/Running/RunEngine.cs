using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Running;

/// <summary>One run from selection to report: the core that the CLI's <c>run</c> and <c>collect</c> and the tests drive.</summary>
public static class RunEngine
{
    public static async Task<RunReport> RunAsync(
        PluginCatalog catalog,
        CheckSelection selection,
        IMachine machine,
        RunRequest request,
        ILoggerFactory loggerFactory,
        string machineName,
        string machineKind,
        bool failOnWarn,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(request);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var options = new RunOptions(request.Scenario, request.Timeout)
        {
            Deep = request.Deep,
            ErrorCodes = new CatalogCodeLookup(catalog.ErrorCatalogs, loggerFactory.CreateLogger("wutk.catalogs")),
        };
        var runner = new CheckRunner(machine, request.Settings, loggerFactory, options);
        var results = new List<CheckOutcome>();

        // Broken plugins are always shown: a check that did not load is a check that did not run.
        if (selection.IncludesPluginHealth || catalog.Problems.Count > 0)
        {
            results.Add(PluginHealth.Judge(catalog));
        }

        results.AddRange(await runner.RunAsync(selection.Checks, progress, cancellationToken).ConfigureAwait(false));
        return new RunReport(machineName, machineKind, request.Scenario, started, clock.Elapsed, results, failOnWarn) { Deep = request.Deep, ErrorCodes = options.ErrorCodes };
    }
}
