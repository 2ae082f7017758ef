using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Machines.Windows;

namespace WuToolkit.Host.Machines;

/// <summary>The machine wutk is running on: Windows APIs on Windows, the portable answers elsewhere.</summary>
public static class LiveMachine
{
    public static IMachine Create(TimeProvider time, TimeSpan probeTimeout) =>
        OperatingSystem.IsWindows()
            ? new WindowsMachine(time, probeTimeout)
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
