using WuToolkit.Abstractions;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>What <c>catalog.uninstall-update</c> reads (<c>wutk fix catalog.uninstall-update --set catalog.uninstallKb=KB5034441</c>).</summary>
public static class UninstallUpdateSettings
{
    /// <summary>The KB id of the update to remove. No default: there is no update to guess.</summary>
    public static readonly TextSetting Kb = new("catalog.uninstallKb", Strings.SettingUninstallKb, defaultValue: "") { MaxLength = 16 };
}
