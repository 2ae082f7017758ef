using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11 needs 4 GB of memory and a 64-bit PC; setup refuses an upgrade that lacks either.</summary>
[ExportCheck("upgrade.memory", "Memory and 64-bit processor for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements"])]
public sealed class MemoryCheck : ICheck
{
    private const double GiB = 1024d * 1024 * 1024;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hardware = await context.Machine.System.GetHardwareAsync(cancellationToken).ConfigureAwait(false);

        var memory = (hardware.MemoryBytes / GiB).ToString("0.0", CultureInfo.InvariantCulture);
        var minimum = (Windows11.MinimumMemoryBytes / GiB).ToString("0", CultureInfo.InvariantCulture);
        var evidence = new[]
        {
            new Evidence("memoryGiB", memory),
            new Evidence("minimumMemoryGiB", minimum),
            new Evidence("architecture", hardware.Architecture),
            new Evidence("processor", hardware.ProcessorName),
        };

        var unmet = new List<Requirement>();
        if (hardware.MemoryBytes < Windows11.MinimumMemoryBytes)
        {
            unmet.Add(new(CheckStatus.Fail, Strings.FormatMemoryTooSmall(memory, minimum)));
        }

        if (!Windows11.Architectures.Contains(hardware.Architecture.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            unmet.Add(new(CheckStatus.Fail, Strings.FormatNot64Bit(hardware.Architecture)));
        }

        return Requirement.Judge(unmet, Strings.FormatMemoryOk(memory, hardware.Architecture, minimum), evidence);
    }
}
