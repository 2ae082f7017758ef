using WuToolkit.Abstractions.Checks;
using WuToolkit.Fixtures.SharedHelper;

namespace WuToolkit.Fixtures.UsesHelperV1;

/// <summary>Says which SharedHelper it got: version 1, which it was built with, even when another plugin brings version 2.</summary>
[ExportCheck("useshelperv1.version", "Which SharedHelper version plugin 1 sees")]
public sealed class VersionCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass(
            Helper.Describe(),
            new Evidence("assemblyVersion", typeof(Helper).Assembly.GetName().Version!.ToString())));
}
