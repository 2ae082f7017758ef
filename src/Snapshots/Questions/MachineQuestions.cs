using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Snapshots.Questions;

/// <summary>
/// Every question of the machine interface that a snapshot records, in the order their sections are written. A
/// question added to the SDK is declared here once; <see cref="Machines.ForwardingMachine"/> then forwards it, so the
/// recording machine records it and the snapshot machine answers it. Keyed questions added after version 1 use
/// <see cref="KeyedAnswerQuestion{TAnswer}"/>.
/// </summary>
public static class MachineQuestions
{
    /// <summary>One service by name: <see cref="IServiceQueries.GetAsync"/>.</summary>
    public static ServiceQuestion Service { get; } = new();

    /// <summary>Every installed service: <see cref="IServiceQueries.ListAsync"/>.</summary>
    public static ServiceListQuestion ServiceList { get; } = new();

    /// <summary>The system volume: <see cref="IStorageQueries.GetSystemVolumeAsync"/>.</summary>
    public static SingleAnswerQuestion<VolumeInfo> SystemVolume { get; } = new("systemVolume");

    /// <summary>A folder or file: <see cref="IStorageQueries.GetPathAsync"/>.</summary>
    public static ListedAnswerQuestion<PathInfo> Path { get; } = new("paths", path => path.Path);

    /// <summary>The network adapters: <see cref="INetworkQueries.GetAdaptersAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<AdapterInfo>> Adapters { get; } = new("adapters");

    /// <summary>Name resolution: <see cref="INetworkQueries.ResolveAsync"/>.</summary>
    public static ListedAnswerQuestion<DnsAnswer> Dns { get; } = new("dns", answer => answer.Host);

    /// <summary>One HTTP request: <see cref="INetworkQueries.ProbeAsync"/>, keyed by the address exactly as asked.</summary>
    public static ListedAnswerQuestion<HttpProbe> Http { get; } = new("http", probe => probe.Url.OriginalString);

    /// <summary>The WinHTTP proxy: <see cref="INetworkQueries.GetWinHttpProxyAsync"/>.</summary>
    public static SingleAnswerQuestion<ProxyInfo> WinHttpProxy { get; } = new("winHttpProxy");

    /// <summary>The operating system: <see cref="ISystemQueries.GetOsAsync"/>.</summary>
    public static SingleAnswerQuestion<OsInfo> Os { get; } = new("os");

    /// <summary>Memory and processor: <see cref="ISystemQueries.GetHardwareAsync"/>.</summary>
    public static SingleAnswerQuestion<HardwareInfo> Hardware { get; } = new("hardware");

    /// <summary>Firmware, Secure Boot, TPM: <see cref="ISystemQueries.GetFirmwareAsync"/>.</summary>
    public static SingleAnswerQuestion<FirmwareInfo> Firmware { get; } = new("firmware");

    /// <summary>One registry value: <see cref="IRegistryQueries.GetValueAsync"/>, keyed by <see cref="RegistryValueQuestion.KeyOf"/>.</summary>
    public static RegistryValueQuestion RegistryValue { get; } = new();

    /// <summary>Every value of a registry key: <see cref="IRegistryQueries.GetValuesAsync"/>; a machine written without it answers "not available".</summary>
    public static KeyedAnswerQuestion<IReadOnlyList<RegistryValue>?> RegistryKey { get; } = new("registryKeys", nullIsAnAnswer: true);

    /// <summary>The update history: <see cref="IUpdateQueries.GetHistoryAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<UpdateHistoryEntry>> UpdateHistory { get; } = new("updateHistory");

    /// <summary>The clock against a time server: <see cref="IClockQueries.GetOffsetAsync"/>.</summary>
    public static ListedAnswerQuestion<ClockOffset> ClockOffset { get; } = new("clockOffsets", offset => offset.Server);

    /// <summary>The newest events of a channel: <see cref="IEventLogQueries.GetEventsAsync"/> keyed by channel; a machine written without it answers "not available".</summary>
    public static KeyedAnswerQuestion<IReadOnlyList<EventRecordInfo>> Events { get; } = new("events", nullIsAnAnswer: false);

    /// <summary>The system disk and its partitions: <see cref="IStorageQueries.GetSystemDiskAsync"/>.</summary>
    public static SingleAnswerQuestion<SystemDiskInfo> SystemDisk { get; } = new("systemDisk");

    /// <summary>BitLocker on the system volume: <see cref="IStorageQueries.GetSystemVolumeEncryptionAsync"/>.</summary>
    public static SingleAnswerQuestion<VolumeEncryptionInfo> SystemVolumeEncryption { get; } = new("systemVolumeEncryption");

    /// <summary>An HTTP Range request: <see cref="INetworkQueries.ProbeRangeAsync"/>, keyed by the address exactly as asked.</summary>
    public static ListedAnswerQuestion<RangeProbe> RangeProbe { get; } = new("rangeProbes", probe => probe.Url.OriginalString);

    /// <summary>A bounded download: <see cref="INetworkQueries.MeasureDownloadAsync"/>, keyed by the address exactly as asked.</summary>
    public static ListedAnswerQuestion<DownloadMeasurement> Download { get; } = new("downloads", download => download.Url.OriginalString);

    /// <summary>Whether the connection is metered: <see cref="INetworkQueries.GetConnectionCostAsync"/>.</summary>
    public static SingleAnswerQuestion<ConnectionCostInfo> ConnectionCost { get; } = new("connectionCost");

    /// <summary>The Windows licence: <see cref="ISystemQueries.GetLicenseAsync"/>.</summary>
    public static SingleAnswerQuestion<LicenseInfo> License { get; } = new("license");

    /// <summary>The processor in detail: <see cref="ISystemQueries.GetProcessorAsync"/>.</summary>
    public static SingleAnswerQuestion<ProcessorInfo> Processor { get; } = new("processor");

    /// <summary>The display adapters: <see cref="ISystemQueries.GetDisplayAdaptersAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<DisplayAdapterInfo>> DisplayAdapters { get; } = new("displayAdapters");

    /// <summary>The component store's health: <see cref="ISystemQueries.GetComponentStoreAsync"/>, keyed by
    /// <see cref="ComponentStoreKey"/> (<c>lastKnown</c>, <c>scanHealth</c>).</summary>
    public static KeyedAnswerQuestion<ComponentStoreState> ComponentStore { get; } = new("componentStore", nullIsAnAnswer: false);

    /// <summary>System protection and restore points: <see cref="ISystemQueries.GetRestorePointsAsync"/>.</summary>
    public static SingleAnswerQuestion<RestoreInfo> RestorePoints { get; } = new("restorePoints");

    /// <summary>Devices with a problem: <see cref="ISystemQueries.GetProblemDevicesAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<DeviceProblem>> ProblemDevices { get; } = new("problemDevices");

    /// <summary>Security products: <see cref="ISystemQueries.GetSecurityProductsAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<SecurityProductInfo>> SecurityProducts { get; } = new("securityProducts");

    /// <summary>Programs started with Windows: <see cref="ISystemQueries.GetStartupItemsAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<StartupItemInfo>> StartupItems { get; } = new("startupItems");

    /// <summary>Optional features turned on: <see cref="ISystemQueries.GetEnabledOptionalFeaturesAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<string>> OptionalFeatures { get; } = new("optionalFeatures");

    /// <summary>The update agent's registered services: <see cref="IUpdateQueries.GetServiceRegistrationsAsync"/>.</summary>
    public static SingleAnswerQuestion<IReadOnlyList<UpdateServiceRegistration>> UpdateServices { get; } = new("updateServices");

    /// <summary>A registry key's subkeys: <see cref="IRegistryQueries.GetSubKeysAsync"/>, keyed by the key; <see langword="null"/>
    /// records a key that does not exist.</summary>
    public static KeyedAnswerQuestion<IReadOnlyList<string>?> RegistrySubKeys { get; } = new("registrySubKeys", nullIsAnAnswer: true);

    /// <summary>The key <see cref="ComponentStore"/> files an answer under: <c>lastKnown</c> or <c>scanHealth</c>.</summary>
    public static string ComponentStoreKey(ComponentStoreScan scan) => scan switch
    {
        ComponentStoreScan.LastKnown => "lastKnown",
        ComponentStoreScan.ScanHealth => "scanHealth",
        _ => throw new ArgumentOutOfRangeException(nameof(scan), scan, null),
    };

    /// <summary>Every question, in the order of their sections in a file.</summary>
    public static IReadOnlyList<Question> All { get; } =
    [
        Service, ServiceList, SystemVolume, Path, Adapters, Dns, Http, WinHttpProxy, Os, Hardware, Firmware,
        RegistryValue, RegistryKey, UpdateHistory, ClockOffset, Events,
        SystemDisk, SystemVolumeEncryption, RangeProbe, Download, ConnectionCost, License, Processor, DisplayAdapters,
        ComponentStore, RestorePoints, ProblemDevices, SecurityProducts, StartupItems, OptionalFeatures, UpdateServices,
        RegistrySubKeys,
    ];
}
