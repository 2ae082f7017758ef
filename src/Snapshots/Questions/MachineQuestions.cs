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

    /// <summary>Every question, in the order of their sections in a file.</summary>
    public static IReadOnlyList<Question> All { get; } =
    [
        Service, ServiceList, SystemVolume, Path, Adapters, Dns, Http, WinHttpProxy, Os, Hardware, Firmware,
        RegistryValue, RegistryKey, UpdateHistory, ClockOffset, Events,
    ];
}
