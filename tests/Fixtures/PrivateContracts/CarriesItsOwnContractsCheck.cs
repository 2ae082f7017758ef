using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.PrivateContracts;

/// <summary>An ordinary check; what is unusual is the folder it ships in.</summary>
[ExportCheck("privatecontracts.check", "Ships its own copy of the contracts")]
public sealed class CarriesItsOwnContractsCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Pass("loaded with the host's contracts"));
}
