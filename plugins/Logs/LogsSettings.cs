using WuToolkit.Abstractions;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>The settings the Logs plugin's checks read (<c>wutk run --set logs.updateErrorDays=14</c>).</summary>
public static class LogsSettings
{
    /// <summary>How far back the update client's failures count.</summary>
    public static readonly NumberSetting UpdateErrorDays =
        new("logs.updateErrorDays", Strings.SettingUpdateErrorDays, 30) { Minimum = 1, Maximum = 3650, Unit = "days" };
}
