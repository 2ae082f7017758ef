using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.LegacySdk;

/// <summary>Reads a setting the old way, by key, without declaring it.</summary>
[ExportCheck("legacysdk.threshold", "Reads an undeclared setting")]
public sealed class ThresholdCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.Settings.GetNumber("legacysdk.limit", 5);
        return Task.FromResult(CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"limit {limit}")));
    }
}
