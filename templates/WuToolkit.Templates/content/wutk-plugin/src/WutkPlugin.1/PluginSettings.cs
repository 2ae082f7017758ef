using WutkPlugin._1.Resources;
using WuToolkit.Abstractions;

namespace WutkPlugin._1;

/// <summary>The settings this plugin's checks read, named by their <c>[ExportCheck(…, Settings = typeof(PluginSettings))]</c>.
/// A value given with <c>wutk run --set key=value</c> that a setting does not accept is refused, naming the key.</summary>
public static class PluginSettings
{
    /// <summary>The free space, in GB, below which <see cref="FreeSpaceCheck"/> warns.</summary>
    public static readonly NumberSetting MinimumFreeGB =
        new("wutk-plugin-id.minimumFreeGB", Strings.SettingMinimumFreeGB, defaultValue: 10) { Minimum = 0, Maximum = 100_000, Unit = "GB" };
}
