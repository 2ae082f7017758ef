using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>Start types and states as the Services console words them in the user's language; in English they are the
/// enum names, so that English output and its tests stay as they were.</summary>
internal static class ServiceWords
{
    public static string Of(ServiceStartType startType) => startType switch
    {
        ServiceStartType.Boot => Strings.StartTypeBoot,
        ServiceStartType.System => Strings.StartTypeSystem,
        ServiceStartType.Automatic => Strings.StartTypeAutomatic,
        ServiceStartType.AutomaticDelayed => Strings.StartTypeAutomaticDelayed,
        ServiceStartType.Manual => Strings.StartTypeManual,
        ServiceStartType.Disabled => Strings.StartTypeDisabled,
        _ => startType.ToString(),
    };

    public static string Of(ServiceState state) => state switch
    {
        ServiceState.Stopped => Strings.StateStopped,
        ServiceState.StartPending => Strings.StateStartPending,
        ServiceState.StopPending => Strings.StateStopPending,
        ServiceState.Running => Strings.StateRunning,
        ServiceState.ContinuePending => Strings.StateContinuePending,
        ServiceState.PausePending => Strings.StatePausePending,
        ServiceState.Paused => Strings.StatePaused,
        _ => state.ToString(),
    };
}
