using WuToolkit.Abstractions;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog;

/// <summary>The settings the catalog checks read.</summary>
public static class CatalogSettings
{
    /// <summary>Days after which the newest cumulative update counts as old: two monthly releases missed by default.</summary>
    public static readonly NumberSetting MaxUpdateAgeDays =
        new(ServicingStackCheck.MaxAgeSetting, Strings.SettingMaxUpdateAgeDays, ServicingStackCheck.DefaultMaxAgeDays) { Minimum = 1, Maximum = 3_650, Unit = "days" };
}
