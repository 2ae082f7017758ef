using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots.Machines;

/// <summary>
/// A machine that passes every question to another one through <see cref="AskAsync{T}"/>, naming the question and its
/// key. A recording machine overrides it to file each answer, a snapshot machine to answer from a file: a question
/// added to the SDK is forwarded here once, declared in <see cref="MachineQuestions"/> once, and both follow.
/// </summary>
public abstract class ForwardingMachine : IMachine, IServiceQueries, IStorageQueries, INetworkQueries, ISystemQueries, IRegistryQueries,
    IUpdateQueries, IClockQueries, IEventLogQueries
{
    /// <summary>Forwards to <paramref name="inner"/>.</summary>
    protected ForwardingMachine(IMachine inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    /// <summary>The machine asked.</summary>
    protected IMachine Inner { get; }

    /// <inheritdoc />
    public IServiceQueries Services => this;

    /// <inheritdoc />
    public IStorageQueries Storage => this;

    /// <inheritdoc />
    public INetworkQueries Network => this;

    /// <inheritdoc />
    public ISystemQueries System => this;

    /// <inheritdoc />
    public IRegistryQueries Registry => this;

    /// <inheritdoc />
    public IUpdateQueries Updates => this;

    /// <inheritdoc />
    public IClockQueries Clock => this;

    /// <inheritdoc />
    public IEventLogQueries EventLog => this;

    /// <summary>Asks one question. The default asks <see cref="Inner"/>. The inner machine is reached only inside
    /// <paramref name="ask"/>, so a machine that answers on its own never touches it.</summary>
    /// <param name="question">Which question.</param>
    /// <param name="key">Its key (a service name, a path, an address); empty for a question without one.</param>
    /// <param name="ask">Asks the inner machine.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    protected virtual Task<T> AskAsync<T>(Question<T> question, string key, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return ask(cancellationToken);
    }

    /// <summary>The machine's "now". The default asks <see cref="Inner"/>; it is not a recorded answer but the time a
    /// snapshot is collected.</summary>
    protected virtual Task<DateTimeOffset> UtcNowAsync(CancellationToken cancellationToken) => Inner.Clock.GetUtcNowAsync(cancellationToken);

    Task<ServiceInfo?> IServiceQueries.GetAsync(string name, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Service, name, token => Inner.Services.GetAsync(name, token), cancellationToken);

    Task<IReadOnlyList<ServiceInfo>> IServiceQueries.ListAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.ServiceList, "", token => Inner.Services.ListAsync(token), cancellationToken);

    Task<VolumeInfo> IStorageQueries.GetSystemVolumeAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.SystemVolume, "", token => Inner.Storage.GetSystemVolumeAsync(token), cancellationToken);

    Task<PathInfo> IStorageQueries.GetPathAsync(string path, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Path, path, token => Inner.Storage.GetPathAsync(path, token), cancellationToken);

    Task<IReadOnlyList<AdapterInfo>> INetworkQueries.GetAdaptersAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Adapters, "", token => Inner.Network.GetAdaptersAsync(token), cancellationToken);

    Task<DnsAnswer> INetworkQueries.ResolveAsync(string host, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Dns, host, token => Inner.Network.ResolveAsync(host, token), cancellationToken);

    Task<HttpProbe> INetworkQueries.ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return AskAsync(MachineQuestions.Http, url.OriginalString, token => Inner.Network.ProbeAsync(url, token), cancellationToken);
    }

    Task<ProxyInfo> INetworkQueries.GetWinHttpProxyAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.WinHttpProxy, "", token => Inner.Network.GetWinHttpProxyAsync(token), cancellationToken);

    Task<OsInfo> ISystemQueries.GetOsAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Os, "", token => Inner.System.GetOsAsync(token), cancellationToken);

    Task<HardwareInfo> ISystemQueries.GetHardwareAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Hardware, "", token => Inner.System.GetHardwareAsync(token), cancellationToken);

    Task<FirmwareInfo> ISystemQueries.GetFirmwareAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Firmware, "", token => Inner.System.GetFirmwareAsync(token), cancellationToken);

    Task<RegistryValue?> IRegistryQueries.GetValueAsync(string key, string name, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.RegistryValue, RegistryValueQuestion.KeyOf(key, name), token => Inner.Registry.GetValueAsync(key, name, token), cancellationToken);

    Task<IReadOnlyList<RegistryValue>?> IRegistryQueries.GetValuesAsync(string key, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.RegistryKey, key, token => Inner.Registry.GetValuesAsync(key, token), cancellationToken);

    Task<IReadOnlyList<UpdateHistoryEntry>> IUpdateQueries.GetHistoryAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.UpdateHistory, "", token => Inner.Updates.GetHistoryAsync(token), cancellationToken);

    Task<DateTimeOffset> IClockQueries.GetUtcNowAsync(CancellationToken cancellationToken) => UtcNowAsync(cancellationToken);

    Task<ClockOffset> IClockQueries.GetOffsetAsync(string server, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.ClockOffset, server, token => Inner.Clock.GetOffsetAsync(server, token), cancellationToken);

    Task<SystemDiskInfo> IStorageQueries.GetSystemDiskAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.SystemDisk, "", token => Inner.Storage.GetSystemDiskAsync(token), cancellationToken);

    Task<VolumeEncryptionInfo> IStorageQueries.GetSystemVolumeEncryptionAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.SystemVolumeEncryption, "", token => Inner.Storage.GetSystemVolumeEncryptionAsync(token), cancellationToken);

    Task<RangeProbe> INetworkQueries.ProbeRangeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return AskAsync(MachineQuestions.RangeProbe, url.OriginalString, token => Inner.Network.ProbeRangeAsync(url, token), cancellationToken);
    }

    Task<DownloadMeasurement> INetworkQueries.MeasureDownloadAsync(Uri url, long maxBytes, TimeSpan maxDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return AskAsync(MachineQuestions.Download, url.OriginalString, token => Inner.Network.MeasureDownloadAsync(url, maxBytes, maxDuration, token), cancellationToken);
    }

    Task<ConnectionCostInfo> INetworkQueries.GetConnectionCostAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.ConnectionCost, "", token => Inner.Network.GetConnectionCostAsync(token), cancellationToken);

    Task<LicenseInfo> ISystemQueries.GetLicenseAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.License, "", token => Inner.System.GetLicenseAsync(token), cancellationToken);

    Task<ProcessorInfo> ISystemQueries.GetProcessorAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Processor, "", token => Inner.System.GetProcessorAsync(token), cancellationToken);

    Task<IReadOnlyList<DisplayAdapterInfo>> ISystemQueries.GetDisplayAdaptersAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.DisplayAdapters, "", token => Inner.System.GetDisplayAdaptersAsync(token), cancellationToken);

    Task<ComponentStoreState> ISystemQueries.GetComponentStoreAsync(ComponentStoreScan scan, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.ComponentStore, MachineQuestions.ComponentStoreKey(scan), token => Inner.System.GetComponentStoreAsync(scan, token), cancellationToken);

    Task<RestoreInfo> ISystemQueries.GetRestorePointsAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.RestorePoints, "", token => Inner.System.GetRestorePointsAsync(token), cancellationToken);

    Task<IReadOnlyList<DeviceProblem>> ISystemQueries.GetProblemDevicesAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.ProblemDevices, "", token => Inner.System.GetProblemDevicesAsync(token), cancellationToken);

    Task<IReadOnlyList<SecurityProductInfo>> ISystemQueries.GetSecurityProductsAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.SecurityProducts, "", token => Inner.System.GetSecurityProductsAsync(token), cancellationToken);

    Task<IReadOnlyList<StartupItemInfo>> ISystemQueries.GetStartupItemsAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.StartupItems, "", token => Inner.System.GetStartupItemsAsync(token), cancellationToken);

    Task<IReadOnlyList<string>> ISystemQueries.GetEnabledOptionalFeaturesAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.OptionalFeatures, "", token => Inner.System.GetEnabledOptionalFeaturesAsync(token), cancellationToken);

    Task<IReadOnlyList<UpdateServiceRegistration>> IUpdateQueries.GetServiceRegistrationsAsync(CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.UpdateServices, "", token => Inner.Updates.GetServiceRegistrationsAsync(token), cancellationToken);

    Task<IReadOnlyList<string>?> IRegistryQueries.GetSubKeysAsync(string key, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.RegistrySubKeys, key, token => Inner.Registry.GetSubKeysAsync(key, token), cancellationToken);

    Task<IReadOnlyList<EventRecordInfo>> IEventLogQueries.GetEventsAsync(string channel, int maxEvents, CancellationToken cancellationToken) =>
        AskAsync(MachineQuestions.Events, channel, token => Inner.EventLog.GetEventsAsync(channel, maxEvents, token), cancellationToken);
}
