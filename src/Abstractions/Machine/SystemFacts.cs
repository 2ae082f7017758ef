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

    /// <summary>The Windows licence. A machine written without it answers "not available".</summary>
    Task<LicenseInfo> GetLicenseAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("license");

    /// <summary>The processor in the detail the upgrade requirements need. A machine written without it answers "not available".</summary>
    Task<ProcessorInfo> GetProcessorAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("processor");

    /// <summary>The display adapters and their drivers. A machine written without it answers "not available".</summary>
    Task<IReadOnlyList<DisplayAdapterInfo>> GetDisplayAdaptersAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("displayAdapters");

    /// <summary>The component store's health: the last verdict on record, or a new scan. A machine written without it
    /// answers "not available".</summary>
    /// <param name="scan">Which answer: the last one known (fast) or a new scan (minutes).</param>
    /// <param name="cancellationToken">Cancels the question (and stops a scan).</param>
    Task<ComponentStoreState> GetComponentStoreAsync(ComponentStoreScan scan, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"componentStore/{scan}");

    /// <summary>System protection and restore points. A machine written without it answers "not available".</summary>
    Task<RestoreInfo> GetRestorePointsAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("restorePoints");

    /// <summary>Devices with a problem code other than 0 (none: an empty list). A machine written without it answers
    /// "not available".</summary>
    Task<IReadOnlyList<DeviceProblem>> GetProblemDevicesAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("problemDevices");

    /// <summary>The security products registered with Windows Security Center (Windows Server has none). A machine
    /// written without it answers "not available".</summary>
    Task<IReadOnlyList<SecurityProductInfo>> GetSecurityProductsAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("securityProducts");

    /// <summary>Programs that start with Windows or at sign-in (Run keys and Startup folders). A machine written without
    /// it answers "not available".</summary>
    Task<IReadOnlyList<StartupItemInfo>> GetStartupItemsAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("startupItems");

    /// <summary>The names of the optional features turned on, such as <c>IIS-WebServerRole</c>. A machine written
    /// without it answers "not available".</summary>
    Task<IReadOnlyList<string>> GetEnabledOptionalFeaturesAsync(CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable("optionalFeatures");
}

/// <summary>The operating system.</summary>
public sealed record OsInfo
{
    /// <summary>Such as <c>Windows 10 Pro</c>.</summary>
    public required string ProductName { get; init; }

    /// <summary>Such as <c>10.0.19045</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The build number, such as 19045.</summary>
    public required int Build { get; init; }

    /// <summary>The update build revision (UBR), such as 3803, or 0 when unknown.</summary>
    public int Revision { get; init; }

    /// <summary>Such as <c>x64</c> or <c>arm64</c>.</summary>
    public required string Architecture { get; init; }

    /// <summary>The feature release, such as <c>22H2</c>, when known.</summary>
    public string? DisplayVersion { get; init; }
}

/// <summary>Memory and processor.</summary>
public sealed record HardwareInfo
{
    /// <summary>Installed (or, where that is unknown, usable) memory in bytes.</summary>
    public required long MemoryBytes { get; init; }

    /// <summary>Such as <c>Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz</c>.</summary>
    public required string ProcessorName { get; init; }

    /// <summary>Logical processor count.</summary>
    public required int LogicalProcessors { get; init; }

    /// <summary>Such as <c>x64</c> or <c>arm64</c>.</summary>
    public required string Architecture { get; init; }
}

/// <summary>How the PC boots.</summary>
public enum FirmwareType
{
    /// <summary>UEFI firmware.</summary>
    Uefi,

    /// <summary>Legacy BIOS (or UEFI in compatibility mode).</summary>
    Bios,
}

/// <summary>Firmware, Secure Boot and TPM.</summary>
public sealed record FirmwareInfo
{
    /// <summary>UEFI or legacy BIOS.</summary>
    public required FirmwareType Type { get; init; }

    /// <summary>Whether Secure Boot is on; <see langword="null"/> when the firmware cannot tell.</summary>
    public bool? SecureBootEnabled { get; init; }

    /// <summary>Whether the firmware can do Secure Boot (it may be capable and turned off); <see langword="null"/>
    /// when unknown.</summary>
    public bool? SecureBootCapable { get; init; }

    /// <summary>The TPM's specification version (such as <c>2.0</c>), or <see langword="null"/> when there is no TPM.</summary>
    public string? TpmSpecVersion { get; init; }
}
