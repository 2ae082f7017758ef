using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>
/// The live machine that works on any OS: what .NET can answer anywhere (volumes, folders, adapters, DNS,
/// HTTP reachability, Range requests and download speed, memory, the processor on Linux, clock and SNTP offset).
/// Windows-only questions (services, registry, update history, WinHTTP proxy, firmware, licence, BitLocker, …) are
/// unanswered with that reason, so their checks say Skipped.
/// </summary>
public sealed class PortableMachine : IMachine, IDisposable
{
    private readonly PortableNetwork _network;

    public PortableMachine(TimeProvider time, TimeSpan probeTimeout)
    {
        _network = new PortableNetwork(probeTimeout);
        Clock = new PortableClock(time);
    }

    public IServiceQueries Services { get; } = new WindowsOnlyServices();

    public IStorageQueries Storage { get; } = new PortableStorage();

    public INetworkQueries Network => _network;

    public ISystemQueries System { get; } = new PortableSystem();

    public IRegistryQueries Registry { get; } = new WindowsOnlyRegistry();

    public IUpdateQueries Updates { get; } = new WindowsOnlyUpdates();

    public IClockQueries Clock { get; }

    public IEventLogQueries EventLog { get; } = new WindowsOnlyEventLog();

    /// <summary>Renames, folders and programs for real; what only Windows has, it says it cannot do.</summary>
    public Abstractions.Fixes.IStepExecutor? StepExecutor { get; } = new PortableStepExecutor();

    public void Dispose() => _network.Dispose();

    private sealed class WindowsOnlyServices : IServiceQueries
    {
        public Task<ServiceInfo?> GetAsync(string name, CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<ServiceInfo?>($"services/{name}");

        public Task<IReadOnlyList<ServiceInfo>> ListAsync(CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<IReadOnlyList<ServiceInfo>>("services");
    }

    private sealed class WindowsOnlyRegistry : IRegistryQueries
    {
        public Task<RegistryValue?> GetValueAsync(string key, string name, CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<RegistryValue?>($@"registry/{key}\{name}");

        public Task<IReadOnlyList<RegistryValue>?> GetValuesAsync(string key, CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<IReadOnlyList<RegistryValue>?>($"registryKeys/{key}");

        public Task<IReadOnlyList<string>?> GetSubKeysAsync(string key, CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<IReadOnlyList<string>?>($"registrySubKeys/{key}");
    }

    private sealed class WindowsOnlyEventLog : IEventLogQueries
    {
        public Task<IReadOnlyList<EventRecordInfo>> GetEventsAsync(string channel, int maxEvents, CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<IReadOnlyList<EventRecordInfo>>($"events/{channel}");
    }

    private sealed class WindowsOnlyUpdates : IUpdateQueries
    {
        public Task<IReadOnlyList<UpdateHistoryEntry>> GetHistoryAsync(CancellationToken cancellationToken) =>
            Unanswerable.WindowsOnlyAsync<IReadOnlyList<UpdateHistoryEntry>>("updateHistory");

        public Task<IReadOnlyList<UpdateServiceRegistration>> GetServiceRegistrationsAsync(CancellationToken cancellationToken) =>
            Unanswerable.WindowsFactAsync<IReadOnlyList<UpdateServiceRegistration>>("updateServices", PortableStrings.FactUpdateServices);
    }
}
