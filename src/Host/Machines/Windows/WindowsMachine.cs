using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// The live Windows PC: the portable answers where .NET's own are right (volumes, folders, adapters, DNS, HTTP,
/// downloads, clock), Windows APIs for the rest (services, registry, update agent, WinHTTP proxy, connection cost,
/// version, licence, processor, firmware, devices, disk layout, BitLocker, Security Center, event log, servicing logs).
/// Kept thin: everything that interprets an answer lives in <see cref="WindowsFacts"/>, <see cref="ServiceImagePath"/>
/// and the mapping classes of Machines/Parsing, which are tested on every OS.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsMachine : IMachine, IDisposable
{
    private readonly PortableMachine _portable;

    /// <param name="time">The clock.</param>
    /// <param name="probeTimeout">How long one network probe may take.</param>
    /// <param name="logRules">The loaded log rules: the component store's last verdict is read from the servicing
    /// logs with the rules that know their verdicts.</param>
    public WindowsMachine(TimeProvider time, TimeSpan probeTimeout, IReadOnlyList<ILogRuleFactory> logRules)
    {
        _portable = new PortableMachine(time, probeTimeout);
        Network = new WindowsNetwork(_portable.Network);
        Storage = new WindowsStorage(_portable.Storage);
        System = new WindowsSystem(new WindowsComponentStore(logRules, time));
    }

    public IServiceQueries Services { get; } = new WindowsServices();

    public IStorageQueries Storage { get; }

    public INetworkQueries Network { get; }

    public ISystemQueries System { get; }

    public IRegistryQueries Registry { get; } = new WindowsRegistry();

    public IUpdateQueries Updates { get; } = new WindowsUpdateAgent();

    public IClockQueries Clock => _portable.Clock;

    public IEventLogQueries EventLog { get; } = new WindowsEventLog();

    /// <summary>The PC itself performs fix steps.</summary>
    public Abstractions.Fixes.IStepExecutor? StepExecutor { get; } = new WindowsStepExecutor(new PortableStepExecutor(), TimeSpan.FromMinutes(1));

    public void Dispose() => _portable.Dispose();
}
