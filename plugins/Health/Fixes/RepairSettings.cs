using WuToolkit.Abstractions;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>The setting DISM's repair reads (<c>wutk fix health.restore-health --set health.repairSource=WIM:E:\sources\install.wim:6</c>).</summary>
public static class RepairSettings
{
    /// <summary>Where DISM takes repair files from instead of Windows Update: a folder holding a Windows folder, or
    /// <c>WIM:</c>/<c>ESD:</c> media with the index of this PC's edition; none: Windows Update (or what policy says).</summary>
    public static readonly TextSetting RepairSource =
        new("health.repairSource", FixStrings.SettingRepairSource, "");
}
