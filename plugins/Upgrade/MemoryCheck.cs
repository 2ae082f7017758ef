using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Processors;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>Windows 11 needs 4 GB of memory and a 64-bit PC; Windows 10 needs 2 GB for 64-bit and 1 GB for 32-bit.
/// Setup refuses an upgrade that lacks either.</summary>
[ExportCheck("upgrade.memory", "Memory and 64-bit processor for Windows 11", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether the installed memory and the PC's architecture meet the target Windows' requirements: 4 GB and a 64-bit (x64 or arm64) PC for Windows 11; 2 GB for 64-bit or 1 GB for 32-bit Windows 10.")]
public sealed class MemoryCheck : ICheck
{
    private const double GiB = 1024d * 1024 * 1024;

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var hardware = await context.Machine.System.GetHardwareAsync(cancellationToken).ConfigureAwait(false);

        var architecture = CpuArchitectures.Parse(hardware.Architecture);
        var needed = architecture == CpuArchitecture.X86 && target.Allows32Bit ? target.MinimumMemoryBytes32Bit : target.MinimumMemoryBytes;
        var memory = (hardware.MemoryBytes / GiB).ToString("0.0", CultureInfo.InvariantCulture);
        var minimum = (needed / GiB).ToString("0", CultureInfo.InvariantCulture);
        var evidence = new[]
        {
            new Evidence("target", target.Name),
            new Evidence("memoryGiB", memory),
            new Evidence("minimumMemoryGiB", minimum),
            new Evidence("architecture", hardware.Architecture),
            new Evidence("processor", hardware.ProcessorName),
        };

        var unmet = new List<Requirement>();
        if (hardware.MemoryBytes < needed)
        {
            unmet.Add(new(CheckStatus.Fail, Strings.FormatMemoryTooSmall(memory, target.Name, minimum)));
        }

        var runsOn = architecture.Is64Bit() || (architecture == CpuArchitecture.X86 && target.Allows32Bit);
        if (!runsOn)
        {
            unmet.Add(new(CheckStatus.Fail, target.Allows32Bit
                ? Strings.FormatArchitectureNotWindows(hardware.Architecture, target.Name)
                : Strings.FormatNot64Bit(hardware.Architecture, target.Name)));
        }

        return Requirement.Judge(unmet, Strings.FormatMemoryOk(memory, hardware.Architecture, target.Name, minimum), evidence);
    }
}
