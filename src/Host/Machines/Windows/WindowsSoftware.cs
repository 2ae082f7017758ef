using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>What is set to start with Windows (Win32_StartupCommand: the Run keys and Startup folders) and which
/// optional features are turned on (Win32_OptionalFeature), through WMI.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsSoftware
{
    public static async Task<IReadOnlyList<StartupItemInfo>> StartupItemsAsync(CancellationToken cancellationToken)
    {
        var commands = await Wmi.QueryAsync("startupItems", @"root\cimv2", "SELECT Name, Caption, Command, Location, User FROM Win32_StartupCommand", cancellationToken).ConfigureAwait(false);
        return commands.Select(StartupFacts.Read).OfType<StartupItemInfo>().ToList();
    }

    public static async Task<IReadOnlyList<string>> EnabledOptionalFeaturesAsync(CancellationToken cancellationToken)
    {
        var features = await Wmi.QueryAsync("optionalFeatures", @"root\cimv2", $"SELECT Name, InstallState FROM Win32_OptionalFeature WHERE InstallState = {OptionalFeatureFacts.Enabled}", cancellationToken).ConfigureAwait(false);
        return OptionalFeatureFacts.EnabledNames(features);
    }
}
