using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Machines.Windows;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Machines;

/// <summary>The machine wutk is running on: Windows APIs on Windows, the portable answers elsewhere.</summary>
public static class LiveMachine
{
    /// <param name="time">The clock.</param>
    /// <param name="probeTimeout">How long one network probe may take.</param>
    /// <param name="logRules">The loaded plugins' log rules, with which the Windows machine reads the component store's
    /// last verdict from the servicing logs; without them that question is unanswered.</param>
    public static IMachine Create(TimeProvider time, TimeSpan probeTimeout, IReadOnlyList<ILogRuleFactory>? logRules = null) =>
        OperatingSystem.IsWindows()
            ? new WindowsMachine(time, probeTimeout, logRules ?? [])
            : new PortableMachine(time, probeTimeout);

    /// <summary>Disposes the machine if it holds resources (an HTTP client).</summary>
    public static void Release(IMachine machine)
    {
        if (machine is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
