using System.Globalization;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>What a device's problem code (Device Manager's "Code NN", CM_PROB_* in cfg.h) means, and how much it matters.</summary>
internal static class DeviceProblemCodes
{
    /// <summary>How much a problem code matters for updates and upgrades.</summary>
    public enum Weight
    {
        /// <summary>A state the user chose or that is normal: disabled, not connected, prepared for removal.</summary>
        Benign,

        /// <summary>Passing: a restart or a removal under way finishes it.</summary>
        Transient,

        /// <summary>The driver is missing, failing or blocked.</summary>
        DriverProblem,
    }

    public static Weight WeightOf(int code) => code switch
    {
        // 22: disabled in Device Manager; 45: not connected (a phantom of a device once plugged in); 47: ready to eject.
        22 or 45 or 47 => Weight.Benign,
        // 14: restart needed; 21: being removed; 44: shut down by a program; 54: being reset.
        14 or 21 or 44 or 54 => Weight.Transient,
        _ => Weight.DriverProblem,
    };

    /// <summary>The code's meaning in plain words, or a generic sentence naming the code.</summary>
    public static string Meaning(int code) =>
        Strings.ResourceManager.GetString("DeviceCode" + code.ToString(CultureInfo.InvariantCulture), Strings.Culture)
        ?? Strings.FormatDeviceCodeOther(code);
}
