using WuToolkit.Abstractions;
using WuToolkit.Plugins.Upgrade.Processors;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>What a target Windows asks of the hardware, as Microsoft publishes it ("Windows 11 specifications and
/// system requirements", "Windows processor requirements", Windows 10's minimum hardware requirements), as far as
/// wutk can see it. One record per target, so that every check reads its numbers from the same place.</summary>
internal sealed record TargetRequirements
{
    /// <summary>Which target these are.</summary>
    public required UpgradeTarget Target { get; init; }

    /// <summary>Memory for a 64-bit Windows, meant in binary units (4 GB = 4096 MB installed).</summary>
    public required long MinimumMemoryBytes { get; init; }

    /// <summary>Memory for a 32-bit Windows; irrelevant where <see cref="Allows32Bit"/> is false.</summary>
    public required long MinimumMemoryBytes32Bit { get; init; }

    /// <summary>The storage device's size, in the disk vendors' decimal gigabytes: a disk sold as 64 GB holds
    /// 64 000 000 000 bytes, which Windows shows as about 59.6 GB (binary), so 64 GiB would fail it.</summary>
    public required long MinimumStorageBytes { get; init; }

    /// <summary>Whether a 32-bit (x86) Windows exists for the target.</summary>
    public required bool Allows32Bit { get; init; }

    /// <summary>Whether the PC must boot through UEFI, and so from a GPT disk.</summary>
    public required bool NeedsUefi { get; init; }

    /// <summary>The TPM the target needs, or <see langword="null"/> when it needs none.</summary>
    public required Version? MinimumTpm { get; init; }

    /// <summary>Whether the firmware must be able to do Secure Boot.</summary>
    public required bool NeedsSecureBootCapable { get; init; }

    /// <summary>Processor cores (Windows 10 asks only for a processor, so 1).</summary>
    public required int MinimumCores { get; init; }

    /// <summary>The processor's rated clock: 1 GHz for both.</summary>
    public required int MinimumClockMHz { get; init; }

    /// <summary>Whether the processor must be one that Microsoft supports (the Windows 11 lists).</summary>
    public required bool NeedsSupportedProcessor { get; init; }

    /// <summary>Instructions a 64-bit x86 processor must have, as <see cref="Abstractions.Machine.ProcessorInfo.Features"/>
    /// names them.</summary>
    public required IReadOnlyList<InstructionFeature> X64Instructions { get; init; }

    /// <summary>The DirectX version the graphics must support.</summary>
    public required int MinimumDirectX { get; init; }

    /// <summary>The display driver model (WDDM) the graphics driver must implement.</summary>
    public required Version MinimumDisplayDriverModel { get; init; }

    /// <summary>The target's name for people.</summary>
    public string Name => Target == UpgradeTarget.Windows10 ? Strings.TargetWindows10 : Strings.TargetWindows11;

    /// <summary>The current Windows 11 release (24H2 and later): TPM 2.0, UEFI with Secure Boot, a supported processor
    /// with 2 cores, SSE4.2 and POPCNT (24H2 does not start without them), DirectX 12 with WDDM 2.0.</summary>
    public static TargetRequirements Windows11 { get; } = new()
    {
        Target = UpgradeTarget.Windows11,
        MinimumMemoryBytes = 4L * 1024 * 1024 * 1024,
        MinimumMemoryBytes32Bit = 4L * 1024 * 1024 * 1024,
        MinimumStorageBytes = 64L * 1000 * 1000 * 1000,
        Allows32Bit = false,
        NeedsUefi = true,
        MinimumTpm = new Version(2, 0),
        NeedsSecureBootCapable = true,
        MinimumCores = 2,
        MinimumClockMHz = 1000,
        NeedsSupportedProcessor = true,
        X64Instructions = [InstructionFeature.CompareExchange16B, InstructionFeature.LahfSahf, InstructionFeature.PrefetchW, InstructionFeature.Sse42, InstructionFeature.PopCount],
        MinimumDirectX = 12,
        MinimumDisplayDriverModel = new Version(2, 0),
    };

    /// <summary>Windows 10 (since version 1903): a 1 GHz processor, 1 GB (32-bit) or 2 GB (64-bit), 32 GB of storage,
    /// DirectX 9 with WDDM 1.0; 64-bit needs CMPXCHG16b, LAHF/SAHF and PrefetchW. No TPM, UEFI or processor list.</summary>
    public static TargetRequirements Windows10 { get; } = new()
    {
        Target = UpgradeTarget.Windows10,
        MinimumMemoryBytes = 2L * 1024 * 1024 * 1024,
        MinimumMemoryBytes32Bit = 1L * 1024 * 1024 * 1024,
        MinimumStorageBytes = 32L * 1000 * 1000 * 1000,
        Allows32Bit = true,
        NeedsUefi = false,
        MinimumTpm = null,
        NeedsSecureBootCapable = false,
        MinimumCores = 1,
        MinimumClockMHz = 1000,
        NeedsSupportedProcessor = false,
        X64Instructions = [InstructionFeature.CompareExchange16B, InstructionFeature.LahfSahf, InstructionFeature.PrefetchW],
        MinimumDirectX = 9,
        MinimumDisplayDriverModel = new Version(1, 0),
    };

    /// <summary>The requirements of <paramref name="target"/>.</summary>
    public static TargetRequirements For(UpgradeTarget target) => target == UpgradeTarget.Windows10 ? Windows10 : Windows11;

    /// <summary>The requirements of the target the user chose (<c>upgrade.target</c>).</summary>
    public static TargetRequirements Read(ISettings settings) => For(UpgradeTargetSetting.Read(settings));
}
