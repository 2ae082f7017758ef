using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// Whether DISM, given no repair source, can fetch repair files where this PC gets its updates. A WSUS server (also
/// Configuration Manager's software update point) holds no repair files, so <c>/RestoreHealth</c> ends in 0x800F081F
/// unless the servicing policy ("Specify settings for optional component installation and component repair") names a
/// source of its own or lets repairs come from Windows Update directly.
/// </summary>
/// <param name="Obstacle">Why the PC's own update source cannot supply repair files, in a sentence; <see langword="null"/>
/// when nothing known stands in the way.</param>
internal sealed record RepairContent(string? Obstacle)
{
    public const string ServicingPolicyKey = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\Servicing";

    /// <summary>The policy's "Never attempt to download payload from Windows Update".</summary>
    private const string NeverFromWindowsUpdate = "2";

    /// <summary>The policy's "Download repair content and optional features directly from Windows Update instead of WSUS".</summary>
    private const string DirectlyFromWindowsUpdate = "2";

    /// <summary>What <see cref="FixContext.ManagedBy"/> calls the managers whose update source is a WSUS server.</summary>
    private static readonly string[] WsusManagers = ["WSUS", "Configuration Manager"];

    private static readonly RepairContent Unobstructed = new(Obstacle: null);

    public static async Task<RepairContent> ReadAsync(FixContext context, CancellationToken cancellationToken)
    {
        var registry = context.Machine.Registry;
        var servicing = await Answers.AskAsync(() => registry.GetValuesAsync(ServicingPolicyKey, cancellationToken)).ConfigureAwait(false);
        var values = servicing.Value ?? [];
        if (Text(values, "LocalSourcePath") is not null)
        {
            return Unobstructed;
        }

        if (Text(values, "UseWindowsUpdate") == NeverFromWindowsUpdate)
        {
            return new RepairContent(FixStrings.RepairObstacleNoWindowsUpdate);
        }

        if (Text(values, "RepairContentServerSource") == DirectlyFromWindowsUpdate)
        {
            return Unobstructed;
        }

        var manager = context.ManagedBy.FirstOrDefault(name => WsusManagers.Any(wsus => name.StartsWith(wsus, StringComparison.OrdinalIgnoreCase)));
        if (manager is null)
        {
            var policy = await Answers.AskAsync(() => UpdatePolicy.ReadAsync(registry, cancellationToken)).ConfigureAwait(false);
            manager = policy.Value?.UsesWsus == true ? "WSUS" : null;
        }

        return new RepairContent(manager is null ? null : FixStrings.FormatRepairObstacleWsus(manager));
    }

    private static string? Text(IReadOnlyList<RegistryValue> values, string name) =>
        values.FirstOrDefault(value => string.Equals(value.Name, name, StringComparison.OrdinalIgnoreCase))?.Data.Trim() is { Length: > 0 } data ? data : null;
}
