using System.Collections.Concurrent;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Snapshots;

namespace WuToolkit.Host.Machines.Recording;

/// <summary>Collects answers as checks receive them (concurrently) and turns them into a snapshot.</summary>
public sealed class SnapshotRecorder
{
    private readonly ConcurrentDictionary<string, ServiceInfo> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _absentServices = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PathInfo> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DnsAnswer> _dns = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, HttpProbe> _http = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RegistryValue> _registry = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RegistryLocation> _absentRegistry = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ClockOffset> _clockOffsets = new(StringComparer.OrdinalIgnoreCase);
    private volatile bool _servicesComplete;
    private VolumeInfo? _systemVolume;
    private IReadOnlyList<AdapterInfo>? _adapters;
    private ProxyInfo? _proxy;
    private OsInfo? _os;
    private HardwareInfo? _hardware;
    private FirmwareInfo? _firmware;
    private IReadOnlyList<UpdateHistoryEntry>? _history;

    private int _answerCount;

    public int AnswerCount => Volatile.Read(ref _answerCount);

    public void Service(string name, ServiceInfo? service)
    {
        if (service is null)
        {
            _absentServices.TryAdd(name, 0);
        }
        else
        {
            _services[service.Name] = service;
        }

        Count();
    }

    public void AllServices(IReadOnlyList<ServiceInfo> services)
    {
        foreach (var service in services)
        {
            _services[service.Name] = service;
        }

        _servicesComplete = true;
        Count();
    }

    public void SystemVolume(VolumeInfo volume) => Set(ref _systemVolume, volume);

    public void Path(PathInfo path) => Add(_paths, path.Path, path);

    public void Adapters(IReadOnlyList<AdapterInfo> adapters) => Set(ref _adapters, adapters);

    public void Dns(DnsAnswer answer) => Add(_dns, answer.Host, answer);

    public void Http(HttpProbe probe) => Add(_http, probe.Url.OriginalString, probe);

    public void WinHttpProxy(ProxyInfo proxy) => Set(ref _proxy, proxy);

    public void Os(OsInfo os) => Set(ref _os, os);

    public void Hardware(HardwareInfo hardware) => Set(ref _hardware, hardware);

    public void Firmware(FirmwareInfo firmware) => Set(ref _firmware, firmware);

    public void Registry(string key, string name, RegistryValue? value)
    {
        var id = key + "\\" + name;
        if (value is null)
        {
            _absentRegistry[id] = new RegistryLocation(key, name);
        }
        else
        {
            _registry[id] = value;
        }

        Count();
    }

    public void UpdateHistory(IReadOnlyList<UpdateHistoryEntry> history) => Set(ref _history, history);

    public void ClockOffset(ClockOffset offset) => Add(_clockOffsets, offset.Server, offset);

    /// <summary>The snapshot of everything recorded, sorted so that two collections of one PC diff cleanly.</summary>
    public SnapshotDocument ToSnapshot(DateTimeOffset collectedUtc, string collectedBy, string? description = null) => new()
    {
        Format = SnapshotDocument.FormatName,
        Version = SnapshotDocument.CurrentVersion,
        Description = description,
        CollectedUtc = collectedUtc,
        CollectedBy = collectedBy,
        Services = Sorted(_services.Values, s => s.Name),
        ServicesComplete = _servicesComplete,
        AbsentServices = Sorted(_absentServices.Keys.Where(name => !_services.ContainsKey(name)), name => name),
        SystemVolume = _systemVolume,
        Paths = Sorted(_paths.Values, p => p.Path),
        Adapters = _adapters,
        Dns = Sorted(_dns.Values, d => d.Host),
        Http = Sorted(_http.Values, h => h.Url.OriginalString),
        WinHttpProxy = _proxy,
        Os = _os,
        Hardware = _hardware,
        Firmware = _firmware,
        Registry = Sorted(_registry.Values, r => r.Key + "\\" + r.Name),
        AbsentRegistryValues = Sorted(_absentRegistry.Values, r => r.Key + "\\" + r.Name),
        UpdateHistory = _history,
        ClockOffsets = Sorted(_clockOffsets.Values, c => c.Server),
    };

    private void Set<T>(ref T? field, T value)
        where T : class
    {
        Interlocked.Exchange(ref field, value);
        Count();
    }

    private void Add<T>(ConcurrentDictionary<string, T> map, string key, T value)
    {
        map[key] = value;
        Count();
    }

    private void Count() => Interlocked.Increment(ref _answerCount);

    /// <summary>Null for an empty section, so that "not asked" stays "not recorded".</summary>
    private static List<T>? Sorted<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var list = items.OrderBy(key, StringComparer.OrdinalIgnoreCase).ToList();
        return list.Count == 0 ? null : list;
    }
}
