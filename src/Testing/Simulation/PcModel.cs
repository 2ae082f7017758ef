using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing.Simulation;

/// <summary>
/// What fix steps change on a simulated PC: its services, its folders and files, its registry values and keys. It is
/// read from the snapshot the PC starts as, and written back over it, so every other question keeps the snapshot's
/// answer and every question keeps the snapshot's meaning (a service, path or value never described stays unanswered).
/// Names, paths and keys compare as Windows compares them, ignoring case. Not thread-safe: the PC locks around it.
/// </summary>
internal sealed class PcModel
{
    private readonly Dictionary<string, ServiceInfo?> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PathInfo> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Key, string Name), RegistryValue?> _values = new(RegistryPlaceComparer.Instance);
    private readonly Dictionary<string, bool> _keys = new(StringComparer.OrdinalIgnoreCase);
    private bool _servicesComplete;
    private RestoreInfo? _restore;

    public static PcModel From(Snapshot start)
    {
        var model = new PcModel { Now = start.CollectedUtc };
        foreach (var (name, service) in start.AnswersTo(MachineQuestions.Service))
        {
            model._services[name] = service;
        }

        foreach (var (_, services) in start.AnswersTo(MachineQuestions.ServiceList))
        {
            model._servicesComplete = true;
            foreach (var service in services)
            {
                model._services.TryAdd(service.Name, service);
            }
        }

        foreach (var (path, info) in start.AnswersTo(MachineQuestions.Path))
        {
            model._paths[path] = info;
        }

        foreach (var (place, value) in start.AnswersTo(MachineQuestions.RegistryValue))
        {
            model._values[value is null ? Split(place) : (value.Key, value.Name)] = value;
        }

        foreach (var (key, values) in start.AnswersTo(MachineQuestions.RegistryKey))
        {
            model._keys[key] = values is not null;
            foreach (var value in values ?? [])
            {
                model._values.TryAdd((value.Key, value.Name), value);
            }
        }

        foreach (var (_, restore) in start.AnswersTo(MachineQuestions.RestorePoints))
        {
            model._restore = restore;
        }

        return model;
    }

    /// <summary>The PC's clock, which stands still: what the PC started as says when it is.</summary>
    public DateTimeOffset Now { get; private init; }

    /// <summary>System Restore as described, or <see langword="null"/> when the PC was never told about it.</summary>
    public RestoreInfo? Restore => _restore;

    /// <summary>Adds a restore point.</summary>
    public void AddRestorePoint(RestorePointInfo point) =>
        _restore = (_restore ?? new RestoreInfo()) with { Points = [.. _restore?.Points ?? [], point] };

    /// <summary>The service, or <see langword="null"/> when it does not exist.</summary>
    /// <exception cref="InvalidOperationException">The PC was never told about it.</exception>
    public ServiceInfo? Service(string name)
    {
        if (_services.TryGetValue(name, out var service))
        {
            return service;
        }

        return _servicesComplete ? null : throw new InvalidOperationException(TestingStrings.FormatUnknownService(name));
    }

    public void Replace(ServiceInfo service) => _services[service.Name] = service;

    /// <summary>Every service takes the state its start type gives it at boot.</summary>
    public void Boot()
    {
        foreach (var service in _services.Values.OfType<ServiceInfo>().ToList())
        {
            var starts = service.StartType is ServiceStartType.Automatic or ServiceStartType.AutomaticDelayed or ServiceStartType.Boot or ServiceStartType.System;
            Replace(service with { State = starts ? ServiceState.Running : ServiceState.Stopped });
        }
    }

    /// <summary>The folder or file as described.</summary>
    /// <exception cref="InvalidOperationException">The PC was never told about it.</exception>
    public PathInfo Folder(string path) =>
        _paths.TryGetValue(path, out var info) ? info : throw new InvalidOperationException(TestingStrings.FormatUnknownPath(path));

    /// <summary>Whether something is at <paramref name="path"/>; a path the PC was never told about is free.</summary>
    public bool Exists(string path) => _paths.TryGetValue(path, out var info) && info.Exists;

    /// <summary>Whether the folder holds nothing.</summary>
    public bool IsEmpty(string path) => Folder(path).FileCount == 0 && !_paths.Any(pair => pair.Value.Exists && IsBelow(pair.Key, path));

    /// <summary><paramref name="path"/>, or the first of <c>path.1</c>, <c>path.2</c> … that is free.</summary>
    public string FreeName(string path)
    {
        var candidate = path;
        for (var number = 1; Exists(candidate); number++)
        {
            candidate = $"{path}.{number}";
        }

        return candidate;
    }

    /// <summary>Moves a folder and everything described below it; what was there is gone from the old place.</summary>
    public void Move(string from, string to)
    {
        var moving = _paths.Where(pair => pair.Value.Exists && (string.Equals(pair.Key, from, StringComparison.OrdinalIgnoreCase) || IsBelow(pair.Key, from))).ToList();
        foreach (var (path, _) in moving)
        {
            _paths[path] = Nothing(path);
        }

        foreach (var (path, info) in moving)
        {
            var moved = to + path[from.Length..];
            _paths[moved] = info with { Path = moved };
        }
    }

    public void CreateFolder(string path) => _paths[path] = new PathInfo { Path = path, Exists = true, IsDirectory = true };

    public void Remove(string path) => _paths[path] = Nothing(path);

    /// <summary>The value, or <see langword="null"/> when it does not exist.</summary>
    /// <exception cref="InvalidOperationException">The PC was never told about it.</exception>
    public RegistryValue? Value(string key, string name)
    {
        if (_values.TryGetValue((key, name), out var value))
        {
            return value;
        }

        return _keys.ContainsKey(key) ? null : throw new InvalidOperationException(TestingStrings.FormatUnknownRegistryValue(key, name));
    }

    /// <summary>Whether the key exists; one the PC was only told values of does.</summary>
    public bool KeyExists(string key) => !_keys.TryGetValue(key, out var exists) || exists;

    public void SetValue(RegistryValue value)
    {
        _values[(value.Key, value.Name)] = value;
        if (_keys.ContainsKey(value.Key))
        {
            _keys[value.Key] = true;
        }
    }

    public void DeleteValue(string key, string name) => _values[(key, name)] = null;

    /// <summary>Removes the key if no value is left in it.</summary>
    public void RemoveKeyIfEmpty(string key)
    {
        if (!_values.Any(pair => pair.Value is not null && string.Equals(pair.Key.Key, key, StringComparison.OrdinalIgnoreCase)))
        {
            _keys[key] = false;
        }
    }

    /// <summary><paramref name="start"/> with this model's answers written over it.</summary>
    public Snapshot ToSnapshot(Snapshot start)
    {
        var builder = new SnapshotBuilder(start);
        foreach (var (name, service) in _services)
        {
            builder.Answer(MachineQuestions.Service, name, service);
        }

        if (_servicesComplete)
        {
            builder.Answer(MachineQuestions.ServiceList, Services());
        }

        foreach (var (path, info) in _paths)
        {
            builder.Answer(MachineQuestions.Path, path, info);
        }

        foreach (var ((key, name), value) in _values)
        {
            builder.Answer(MachineQuestions.RegistryValue, RegistryValueQuestion.KeyOf(key, name), value);
        }

        foreach (var (key, exists) in _keys)
        {
            builder.Answer(MachineQuestions.RegistryKey, key, exists ? ValuesOf(key) : null);
        }

        if (_restore is not null)
        {
            builder.Answer(MachineQuestions.RestorePoints, _restore);
        }

        return builder.Build();
    }

    /// <summary>What exists now, to compare with another moment.</summary>
    public SimulatedState ToState() => new(
        Services(),
        [.. _paths.Values.Where(info => info.Exists).OrderBy(info => info.Path, StringComparer.OrdinalIgnoreCase)],
        [.. _values.Values.OfType<RegistryValue>().OrderBy(value => value.Key, StringComparer.OrdinalIgnoreCase).ThenBy(value => value.Name, StringComparer.OrdinalIgnoreCase)],
        [.. _keys.Where(pair => pair.Value).Select(pair => pair.Key).Order(StringComparer.OrdinalIgnoreCase)]);

    private IReadOnlyList<ServiceInfo> Services() =>
        [.. _services.Values.OfType<ServiceInfo>().OrderBy(service => service.Name, StringComparer.OrdinalIgnoreCase)];

    private IReadOnlyList<RegistryValue> ValuesOf(string key) =>
        [.. _values.Values.OfType<RegistryValue>().Where(value => string.Equals(value.Key, key, StringComparison.OrdinalIgnoreCase))];

    private static PathInfo Nothing(string path) => new() { Path = path, Exists = false };

    private static bool IsBelow(string path, string folder)
    {
        var root = folder.TrimEnd('\\', '/');
        return path.Length > root.Length + 1
            && path.StartsWith(root, StringComparison.OrdinalIgnoreCase)
            && path[root.Length] is '\\' or '/';
    }

    /// <summary>A registry answer's key split into the key and the value's name, as <see cref="RegistryValueQuestion.KeyOf"/> joined them.</summary>
    private static (string Key, string Name) Split(string place)
    {
        var cut = place.LastIndexOf('\\');
        return cut < 0 ? (place, "") : (place[..cut], place[(cut + 1)..]);
    }

    private sealed class RegistryPlaceComparer : IEqualityComparer<(string Key, string Name)>
    {
        public static RegistryPlaceComparer Instance { get; } = new();

        public bool Equals((string Key, string Name) x, (string Key, string Name) y) =>
            string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Key, string Name) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }
}
