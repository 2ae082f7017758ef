using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Fixtures.EndlessAllocation;

/// <summary>Allocates and keeps memory until there is none: without a bound it would take the PC's memory with it.</summary>
[ExportCheck("endlessallocation.hoard", "A check that allocates without end")]
public sealed class HoardingCheck : ICheck
{
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var hoard = new List<byte[]>();
        while (true)
        {
            var block = new byte[1024 * 1024];

            // Touched, so that the memory is really there and not only promised.
            for (var i = 0; i < block.Length; i += 4096)
            {
                block[i] = 1;
            }

            hoard.Add(block);
        }
    }
}
