using WuToolkit.Abstractions.Checks;
using WuToolkit.Fixtures.SharedHelper;

namespace WuToolkit.Fixtures.UsesHelperV2;

/// <summary>Says which SharedHelper it got: version 2, whose overload version 1 lacks, even when another plugin brings version 1.</summary>
[ExportCheck("useshelperv2.version", "Which SharedHelper version plugin 2 sees")]
public sealed class VersionCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass(
            Helper.Describe("version 2: "),
            new Evidence("assemblyVersion", typeof(Helper).Assembly.GetName().Version!.ToString())));
}
