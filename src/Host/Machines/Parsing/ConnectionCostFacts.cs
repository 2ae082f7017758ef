using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>The connection's cost from INetworkCostManager::GetCost (netlistmgr.h NLM_CONNECTION_COST flags).</summary>
public static class ConnectionCostFacts
{
    private const uint Unrestricted = 0x1;
    private const uint Fixed = 0x2;
    private const uint Variable = 0x4;
    private const uint OverDataLimit = 0x10000;
    private const uint Roaming = 0x40000;

    /// <summary>Metered, as Windows Update treats it: a fixed data plan or a charge by the byte, or a plan over its
    /// limit, or roaming. <see langword="null"/> for NLM_CONNECTION_COST_UNKNOWN (0: Windows does not know, such as with
    /// no connection) or a value that names no cost level.</summary>
    public static ConnectionCostInfo? Read(uint cost) =>
        (cost & (Unrestricted | Fixed | Variable)) == 0
            ? null
            : new ConnectionCostInfo { Metered = (cost & (Fixed | Variable | OverDataLimit | Roaming)) != 0 };
}
