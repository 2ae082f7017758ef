using WuToolkit.Abstractions.Resources;

namespace WuToolkit.Abstractions.Machine;

/// <summary>
/// A service's start type and state as the Services console words them in the user's language (the current UI
/// culture), for evidence and messages. In English they are the enum names, so English output reads as it always has.
/// </summary>
public static class ServiceWords
{
    /// <summary>The start type in the user's language: <c>Automatic</c> in English, <c>自動</c> in Japanese.</summary>
    public static string Of(ServiceStartType startType) => startType switch
    {
        ServiceStartType.Boot => SdkStrings.StartTypeBoot,
        ServiceStartType.System => SdkStrings.StartTypeSystem,
        ServiceStartType.Automatic => SdkStrings.StartTypeAutomatic,
        ServiceStartType.AutomaticDelayed => SdkStrings.StartTypeAutomaticDelayed,
        ServiceStartType.Manual => SdkStrings.StartTypeManual,
        ServiceStartType.Disabled => SdkStrings.StartTypeDisabled,
        _ => startType.ToString(),
    };

    /// <summary>The state in the user's language: <c>Running</c> in English, <c>実行中</c> in Japanese.</summary>
    public static string Of(ServiceState state) => state switch
    {
        ServiceState.Stopped => SdkStrings.StateStopped,
        ServiceState.StartPending => SdkStrings.StateStartPending,
        ServiceState.StopPending => SdkStrings.StateStopPending,
        ServiceState.Running => SdkStrings.StateRunning,
        ServiceState.ContinuePending => SdkStrings.StateContinuePending,
        ServiceState.PausePending => SdkStrings.StatePausePending,
        ServiceState.Paused => SdkStrings.StatePaused,
        _ => state.ToString(),
    };
}
