using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Snapshots;

/// <summary>
/// Answers from a snapshot of a PC that is somewhere else. A question the snapshot did not record is
/// unanswered (the check is Skipped), never guessed.
/// </summary>
public sealed class SnapshotMachine : IMachine, IServiceQueries, IStorageQueries, INetworkQueries, ISystemQueries,
    IRegistryQueries, IUpdateQueries, IClockQueries
{
    private readonly SnapshotDocument _snapshot;
    private readonly Dictionary<string, ServiceInfo> _services;
    private readonly HashSet<string> _absentServices;
    private readonly Dictionary<string, PathInfo> _paths;
    private readonly Dictionary<string, DnsAnswer> _dns;
    private readonly Dictionary<string, HttpProbe> _http;
    private readonly Dictionary<RegistryLocation, RegistryValue?> _registry;
    private readonly Dictionary<string, ClockOffset> _clockOffsets;

    public SnapshotMachine(SnapshotDocument snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
        _services = ByKey(snapshot.Services, service => service.Name);
        _absentServices = new HashSet<string>(snapshot.AbsentServices ?? [], StringComparer.OrdinalIgnoreCase);
        _paths = ByKey(snapshot.Paths, path => path.Path);
        _dns = ByKey(snapshot.Dns, answer => answer.Host);
        _http = ByKey(snapshot.Http, probe => probe.Url.OriginalString);
        _clockOffsets = ByKey(snapshot.ClockOffsets, offset => offset.Server);
        _registry = new Dictionary<RegistryLocation, RegistryValue?>(RegistryLocationComparer.Instance);
        foreach (var absent in snapshot.AbsentRegistryValues ?? [])
        {
            _registry.TryAdd(absent, null);
        }

        foreach (var value in snapshot.Registry ?? [])
        {
            _registry.TryAdd(new RegistryLocation(value.Key, value.Name), value);
        }
    }

    public SnapshotDocument Snapshot => _snapshot;

    public IServiceQueries Services => this;

    public IStorageQueries Storage => this;

    public INetworkQueries Network => this;

    public ISystemQueries System => this;

    public IRegistryQueries Registry => this;

    public IUpdateQueries Updates => this;

    public IClockQueries Clock => this;

    Task<ServiceInfo?> IServiceQueries.GetAsync(string name, CancellationToken cancellationToken)
    {
        if (_services.TryGetValue(name, out var service))
        {
            return Task.FromResult<ServiceInfo?>(service);
        }

        return _snapshot.ServicesComplete || _absentServices.Contains(name)
            ? Task.FromResult<ServiceInfo?>(null)
            : throw NotRecorded($"services/{name}");
    }

    Task<IReadOnlyList<ServiceInfo>> IServiceQueries.ListAsync(CancellationToken cancellationToken) =>
        _snapshot.ServicesComplete && _snapshot.Services is { } services
            ? Task.FromResult(services)
            : throw NotRecorded("services");

    Task<VolumeInfo> IStorageQueries.GetSystemVolumeAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.SystemVolume, "systemVolume");

    Task<PathInfo> IStorageQueries.GetPathAsync(string path, CancellationToken cancellationToken) =>
        Answer(_paths.GetValueOrDefault(path), $"paths/{path}");

    Task<IReadOnlyList<AdapterInfo>> INetworkQueries.GetAdaptersAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.Adapters, "adapters");

    Task<DnsAnswer> INetworkQueries.ResolveAsync(string host, CancellationToken cancellationToken) =>
        Answer(_dns.GetValueOrDefault(host), $"dns/{host}");

    Task<HttpProbe> INetworkQueries.ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Answer(_http.GetValueOrDefault(url.OriginalString), $"http/{url.OriginalString}");
    }

    Task<ProxyInfo> INetworkQueries.GetWinHttpProxyAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.WinHttpProxy, "winHttpProxy");

    Task<OsInfo> ISystemQueries.GetOsAsync(CancellationToken cancellationToken) => Answer(_snapshot.Os, "os");

    Task<HardwareInfo> ISystemQueries.GetHardwareAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.Hardware, "hardware");

    Task<FirmwareInfo> ISystemQueries.GetFirmwareAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.Firmware, "firmware");

    Task<RegistryValue?> IRegistryQueries.GetValueAsync(string key, string name, CancellationToken cancellationToken) =>
        _registry.TryGetValue(new RegistryLocation(key, name), out var value)
            ? Task.FromResult(value)
            : throw NotRecorded($@"registry/{key}\{name}");

    Task<IReadOnlyList<UpdateHistoryEntry>> IUpdateQueries.GetHistoryAsync(CancellationToken cancellationToken) =>
        Answer(_snapshot.UpdateHistory, "updateHistory");

    Task<DateTimeOffset> IClockQueries.GetUtcNowAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_snapshot.CollectedUtc);

    Task<ClockOffset> IClockQueries.GetOffsetAsync(string server, CancellationToken cancellationToken) =>
        Answer(_clockOffsets.GetValueOrDefault(server), $"clockOffsets/{server}");

    private static Task<T> Answer<T>(T? value, string question)
        where T : class =>
        value is null ? throw NotRecorded(question) : Task.FromResult(value);

    private static QuestionUnansweredException NotRecorded(string question) =>
        new(question, Strings.NotInSnapshot);

    private static Dictionary<string, T> ByKey<T>(IReadOnlyList<T>? items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items ?? [])
        {
            map.TryAdd(key(item), item);
        }

        return map;
    }

    /// <summary>Registry keys and value names are case-insensitive on Windows.</summary>
    private sealed class RegistryLocationComparer : IEqualityComparer<RegistryLocation>
    {
        public static RegistryLocationComparer Instance { get; } = new();

        public bool Equals(RegistryLocation? x, RegistryLocation? y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x?.Key, y?.Key) && StringComparer.OrdinalIgnoreCase.Equals(x?.Name, y?.Name);

        public int GetHashCode(RegistryLocation obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }
}
