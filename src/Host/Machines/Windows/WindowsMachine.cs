using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// The live Windows PC: the portable answers where .NET's own are right (volumes, folders, adapters, DNS, HTTP,
/// clock), Windows APIs for the rest (services, registry, update history, WinHTTP proxy, version, firmware, event log).
/// Kept thin: everything that interprets an answer lives in <see cref="WindowsFacts"/> and
/// <see cref="ServiceImagePath"/>, which are tested on every OS.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsMachine : IMachine, IDisposable
{
    private readonly PortableMachine _portable;

    public WindowsMachine(TimeProvider time, TimeSpan probeTimeout)
    {
        _portable = new PortableMachine(time, probeTimeout);
        Network = new WindowsNetwork(_portable.Network);
    }

    public IServiceQueries Services { get; } = new WindowsServices();

    public IStorageQueries Storage => _portable.Storage;

    public INetworkQueries Network { get; }

    public ISystemQueries System { get; } = new WindowsSystem();

    public IRegistryQueries Registry { get; } = new WindowsRegistry();

    public IUpdateQueries Updates { get; } = new WindowsUpdateHistory();

    public IClockQueries Clock => _portable.Clock;

    public IEventLogQueries EventLog { get; } = new WindowsEventLog();

    public void Dispose() => _portable.Dispose();

    private sealed class WindowsNetwork(INetworkQueries portable) : INetworkQueries
    {
        public Task<IReadOnlyList<AdapterInfo>> GetAdaptersAsync(CancellationToken cancellationToken) => portable.GetAdaptersAsync(cancellationToken);

        public Task<DnsAnswer> ResolveAsync(string host, CancellationToken cancellationToken) => portable.ResolveAsync(host, cancellationToken);

        public Task<HttpProbe> ProbeAsync(Uri url, CancellationToken cancellationToken) => portable.ProbeAsync(url, cancellationToken);

        public Task<ProxyInfo> GetWinHttpProxyAsync(CancellationToken cancellationToken) => Task.FromResult(WindowsProxy.Read());
    }
}
