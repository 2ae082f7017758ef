namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>A processor or Windows architecture, however the machine spelled it.</summary>
internal enum CpuArchitecture
{
    /// <summary>64-bit x86 (<c>x64</c>, <c>amd64</c>, <c>x86_64</c>).</summary>
    X64,

    /// <summary>64-bit ARM (<c>arm64</c>, <c>aarch64</c>).</summary>
    Arm64,

    /// <summary>32-bit x86.</summary>
    X86,

    /// <summary>A named architecture Windows does not run on as a PC (32-bit ARM, RISC-V…).</summary>
    Other,

    /// <summary>Not recorded.</summary>
    Unknown,
}

/// <summary>Reads <see cref="CpuArchitecture"/>.</summary>
internal static class CpuArchitectures
{
    /// <summary>The architecture <paramref name="text"/> names: <c>PROCESSOR_ARCHITECTURE</c> spells x64 as
    /// <c>AMD64</c>, .NET as <c>X64</c>, Linux as <c>x86_64</c>.</summary>
    public static CpuArchitecture Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => CpuArchitecture.Unknown,
        "X64" or "AMD64" or "X86_64" or "X86-64" => CpuArchitecture.X64,
        "ARM64" or "AARCH64" => CpuArchitecture.Arm64,
        "X86" or "I386" or "I686" or "IA32" => CpuArchitecture.X86,
        _ => CpuArchitecture.Other,
    };

    /// <summary>Whether it is one of the 64-bit architectures Windows runs on.</summary>
    public static bool Is64Bit(this CpuArchitecture architecture) => architecture is CpuArchitecture.X64 or CpuArchitecture.Arm64;
}
