namespace WuToolkit.Abstractions.Machine;

/// <summary>Questions about the operating system, hardware and firmware.</summary>
public interface ISystemQueries
{
    /// <summary>The operating system.</summary>
    Task<OsInfo> GetOsAsync(CancellationToken cancellationToken);

    /// <summary>Memory and processor.</summary>
    Task<HardwareInfo> GetHardwareAsync(CancellationToken cancellationToken);

    /// <summary>Firmware type, Secure Boot and TPM.</summary>
    Task<FirmwareInfo> GetFirmwareAsync(CancellationToken cancellationToken);
}

/// <summary>The operating system.</summary>
/// <param name="ProductName">Such as <c>Windows 10 Pro</c>.</param>
/// <param name="Version">Such as <c>10.0.19045</c>.</param>
/// <param name="Build">The build number, such as 19045.</param>
/// <param name="Revision">The update build revision (UBR), such as 3803, or 0 when unknown.</param>
/// <param name="Architecture">Such as <c>x64</c> or <c>arm64</c>.</param>
/// <param name="DisplayVersion">The feature release, such as <c>22H2</c>, when known.</param>
public sealed record OsInfo(string ProductName, string Version, int Build, int Revision, string Architecture, string? DisplayVersion = null);

/// <summary>Memory and processor.</summary>
/// <param name="MemoryBytes">Installed (or, where that is unknown, usable) memory in bytes.</param>
/// <param name="ProcessorName">Such as <c>Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz</c>.</param>
/// <param name="LogicalProcessors">Logical processor count.</param>
/// <param name="Architecture">Such as <c>x64</c> or <c>arm64</c>.</param>
public sealed record HardwareInfo(long MemoryBytes, string ProcessorName, int LogicalProcessors, string Architecture);

/// <summary>How the PC boots.</summary>
public enum FirmwareType
{
    /// <summary>UEFI firmware.</summary>
    Uefi,

    /// <summary>Legacy BIOS (or UEFI in compatibility mode).</summary>
    Bios,
}

/// <summary>Firmware, Secure Boot and TPM.</summary>
/// <param name="Type">UEFI or legacy BIOS.</param>
/// <param name="SecureBootEnabled">Whether Secure Boot is on; <see langword="null"/> when the firmware cannot tell.</param>
/// <param name="TpmSpecVersion">The TPM's specification version (such as <c>2.0</c>), or <see langword="null"/> when there is no TPM.</param>
public sealed record FirmwareInfo(FirmwareType Type, bool? SecureBootEnabled = null, string? TpmSpecVersion = null);
