using System.Reflection;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Plugins.Tests.Support;

/// <summary>What the bundled plugins export, read from their attributes as the host reads metadata: without creating anything.</summary>
internal static class PluginExports
{
    /// <summary>One type of each bundled plugin, to reach its assembly.</summary>
    private static readonly Type[] Plugins =
    [
        typeof(global::WuToolkit.Plugins.Cache.SoftwareDistributionCheck), typeof(global::WuToolkit.Plugins.Catalog.FailedUpdatesCheck),
        typeof(global::WuToolkit.Plugins.CleanBoot.ThirdPartyServicesCheck), typeof(global::WuToolkit.Plugins.Disk.FreeSpaceCheck),
        typeof(global::WuToolkit.Plugins.Health.ClockCheck), typeof(global::WuToolkit.Plugins.Logs.UpdateClientErrorsCheck),
        typeof(global::WuToolkit.Plugins.Network.AdapterCheck), typeof(global::WuToolkit.Plugins.Services.UpdateServicesCheck),
        typeof(global::WuToolkit.Plugins.Upgrade.FastStartupCheck),
    ];

    public static IReadOnlyList<string> CheckIds { get; } =
        [.. Plugins.SelectMany(plugin => plugin.Assembly.GetTypes()).Select(type => type.GetCustomAttribute<ExportCheckAttribute>()?.Id).OfType<string>()];

    public static IReadOnlyList<(Type Type, ExportFixAttribute Export)> Fixes(Type plugin) =>
        [.. plugin.Assembly.GetTypes().Select(type => (Type: type, Export: type.GetCustomAttribute<ExportFixAttribute>())).Where(fix => fix.Export is not null).Select(fix => (fix.Type, fix.Export!))];
}
