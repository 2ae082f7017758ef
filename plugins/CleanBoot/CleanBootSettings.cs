using WuToolkit.Abstractions;
using WuToolkit.Plugins.CleanBoot.Resources;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>The settings the clean boot checks read.</summary>
public static class CleanBootSettings
{
    /// <summary>How many programs of other publishers may start with Windows before a clean boot is the quicker way to
    /// rule them out than one by one.</summary>
    public static readonly NumberSetting MaxStartupItems =
        new(StartupItemsCheck.MaxStartupItemsSetting, Strings.SettingMaxStartupItems, StartupItemsCheck.DefaultMaxStartupItems) { Minimum = 1, Maximum = 10_000, Unit = "programs" };
}
