using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>A start type as the service control manager takes it: <c>ChangeServiceConfig</c>'s start code, and whether
/// the automatic start is delayed (<c>ChangeServiceConfig2</c>).</summary>
internal static class ServiceStartConfig
{
    public const uint Boot = 0;
    public const uint System = 1;
    public const uint Auto = 2;
    public const uint Demand = 3;
    public const uint Disabled = 4;

    public static (uint StartCode, bool Delayed) For(ServiceStartType startType) => startType switch
    {
        ServiceStartType.Boot => (Boot, false),
        ServiceStartType.System => (System, false),
        ServiceStartType.Automatic => (Auto, false),
        ServiceStartType.AutomaticDelayed => (Auto, true),
        ServiceStartType.Manual => (Demand, false),
        ServiceStartType.Disabled => (Disabled, false),
        _ => throw new ArgumentOutOfRangeException(nameof(startType), startType, null),
    };
}
