using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Recording;

/// <summary>
/// Wraps a live machine and records every question and answer (<c>wutk collect</c>), so that the PC can be
/// diagnosed again elsewhere from the snapshot. Unanswered questions are not recorded: replayed, they stay
/// unanswered.
/// </summary>
public sealed class RecordingMachine(IMachine inner, SnapshotRecorder recorder)
    : IMachine, IServiceQueries, IStorageQueries, INetworkQueries, ISystemQueries, IRegistryQueries, IUpdateQueries, IClockQueries
{
    public IServiceQueries Services => this;

    public IStorageQueries Storage => this;

    public INetworkQueries Network => this;

    public ISystemQueries System => this;

    public IRegistryQueries Registry => this;

    public IUpdateQueries Updates => this;

    public IClockQueries Clock => this;

    async Task<ServiceInfo?> IServiceQueries.GetAsync(string name, CancellationToken cancellationToken)
    {
        var service = await inner.Services.GetAsync(name, cancellationToken).ConfigureAwait(false);
        recorder.Service(name, service);
        return service;
    }

    async Task<IReadOnlyList<ServiceInfo>> IServiceQueries.ListAsync(CancellationToken cancellationToken) =>
        Record(await inner.Services.ListAsync(cancellationToken).ConfigureAwait(false), recorder.AllServices);

    async Task<VolumeInfo> IStorageQueries.GetSystemVolumeAsync(CancellationToken cancellationToken) =>
        Record(await inner.Storage.GetSystemVolumeAsync(cancellationToken).ConfigureAwait(false), recorder.SystemVolume);

    async Task<PathInfo> IStorageQueries.GetPathAsync(string path, CancellationToken cancellationToken) =>
        Record(await inner.Storage.GetPathAsync(path, cancellationToken).ConfigureAwait(false), recorder.Path);

    async Task<IReadOnlyList<AdapterInfo>> INetworkQueries.GetAdaptersAsync(CancellationToken cancellationToken) =>
        Record(await inner.Network.GetAdaptersAsync(cancellationToken).ConfigureAwait(false), recorder.Adapters);

    async Task<DnsAnswer> INetworkQueries.ResolveAsync(string host, CancellationToken cancellationToken) =>
        Record(await inner.Network.ResolveAsync(host, cancellationToken).ConfigureAwait(false), recorder.Dns);

    async Task<HttpProbe> INetworkQueries.ProbeAsync(Uri url, CancellationToken cancellationToken) =>
        Record(await inner.Network.ProbeAsync(url, cancellationToken).ConfigureAwait(false), recorder.Http);

    async Task<ProxyInfo> INetworkQueries.GetWinHttpProxyAsync(CancellationToken cancellationToken) =>
        Record(await inner.Network.GetWinHttpProxyAsync(cancellationToken).ConfigureAwait(false), recorder.WinHttpProxy);

    async Task<OsInfo> ISystemQueries.GetOsAsync(CancellationToken cancellationToken) =>
        Record(await inner.System.GetOsAsync(cancellationToken).ConfigureAwait(false), recorder.Os);

    async Task<HardwareInfo> ISystemQueries.GetHardwareAsync(CancellationToken cancellationToken) =>
        Record(await inner.System.GetHardwareAsync(cancellationToken).ConfigureAwait(false), recorder.Hardware);

    async Task<FirmwareInfo> ISystemQueries.GetFirmwareAsync(CancellationToken cancellationToken) =>
        Record(await inner.System.GetFirmwareAsync(cancellationToken).ConfigureAwait(false), recorder.Firmware);

    async Task<RegistryValue?> IRegistryQueries.GetValueAsync(string key, string name, CancellationToken cancellationToken)
    {
        var value = await inner.Registry.GetValueAsync(key, name, cancellationToken).ConfigureAwait(false);
        recorder.Registry(key, name, value);
        return value;
    }

    async Task<IReadOnlyList<UpdateHistoryEntry>> IUpdateQueries.GetHistoryAsync(CancellationToken cancellationToken) =>
        Record(await inner.Updates.GetHistoryAsync(cancellationToken).ConfigureAwait(false), recorder.UpdateHistory);

    // The collection time is the snapshot's "now"; it is written once, by collect.
    Task<DateTimeOffset> IClockQueries.GetUtcNowAsync(CancellationToken cancellationToken) =>
        inner.Clock.GetUtcNowAsync(cancellationToken);

    async Task<ClockOffset> IClockQueries.GetOffsetAsync(string server, CancellationToken cancellationToken) =>
        Record(await inner.Clock.GetOffsetAsync(server, cancellationToken).ConfigureAwait(false), recorder.ClockOffset);

    private static T Record<T>(T answer, Action<T> record)
    {
        record(answer);
        return answer;
    }
}
