using Contoso.PrinterQueue.Resources;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;

namespace Contoso.PrinterQueue;

/// <summary>Printer driver updates offered through Windows Update are installed by the Print Spooler: when it is
/// disabled they fail, and when it is stopped they wait. The check asks wutk's machine, never the PC itself,
/// so that it also runs on a snapshot of a PC you are not sitting at.</summary>
[ExportCheck("contoso.print-spooler", "Print Spooler ready for Contoso driver updates", Scenario = Scenario.Update, Tags = ["printing"])]
public sealed class SpoolerCheck : ICheck
{
    /// <summary>The service's short name.</summary>
    public const string ServiceName = "Spooler";

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A question this machine cannot answer (a Windows-only one on Linux) may simply throw:
        // wutk reports the check as Skipped with the reason.
        var service = await context.Machine.Services.GetAsync(ServiceName, cancellationToken).ConfigureAwait(false);
        if (service is null)
        {
            return CheckResult.Skipped(Strings.SpoolerAbsent);
        }

        Evidence[] evidence =
        [
            new("spooler.startType", service.StartType.ToString()),
            new("spooler.state", service.State.ToString()),
        ];

        if (service.StartType == ServiceStartType.Disabled)
        {
            return CheckResult.Fail(Strings.SpoolerDisabled, evidence);
        }

        return service.State == ServiceState.Running
            ? CheckResult.Pass(Strings.SpoolerRunning, evidence)
            : CheckResult.Warn(Strings.FormatSpoolerNotRunning(service.State.ToString().ToLowerInvariant()), evidence);
    }
}
