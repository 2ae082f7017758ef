using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.ContextEcho;

/// <summary>A deep check: the host must not run it unless deep checks were asked for, and then with the deep flag set.</summary>
[ExportCheck("contextecho.deep-scan", "A slow scan", Deep = true, Tags = ["scan"], Description = "Stands for a slow scan, such as DISM ScanHealth, that runs only with --deep.")]
public sealed class DeepScanCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.Deep
            ? CheckResult.Pass("scanned deeply")
            : CheckResult.Fail("ran although deep checks were not asked for", []));
    }
}
