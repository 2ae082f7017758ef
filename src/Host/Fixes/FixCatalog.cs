using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>What the loaded plugins offer to repair: the fixes by id, the companions the host provides (a fix's
/// <c>UndoFixId</c>, such as <c>cleanboot.exit</c>), and which fixes a failed check calls for.</summary>
public sealed class FixCatalog(PluginCatalog catalog)
{
    public IReadOnlyList<FixDescriptor> Fixes { get; } = [.. catalog.Fixes];

    /// <summary>The companions: (the companion's id, the fix whose latest journal it undoes).</summary>
    public IReadOnlyList<(string Id, FixDescriptor Undoes)> Companions =>
        [.. Fixes.Where(fix => !string.IsNullOrWhiteSpace(fix.Metadata.UndoFixId)
                && !Fixes.Any(other => string.Equals(other.Id, fix.Metadata.UndoFixId, StringComparison.OrdinalIgnoreCase)))
            .Select(fix => (fix.Metadata.UndoFixId, fix))];

    public FixDescriptor? Find(string id) => Fixes.FirstOrDefault(fix => string.Equals(fix.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The fix a companion id undoes, or <see langword="null"/> when the id is no companion.</summary>
    public FixDescriptor? CompanionOf(string id) =>
        Companions.FirstOrDefault(companion => string.Equals(companion.Id, id, StringComparison.OrdinalIgnoreCase)).Undoes;

    /// <summary>
    /// The fixes that address a failed check (it is in their <c>Addresses</c>, or the result names them), gentlest first,
    /// then by id. Checks that did not fail call for nothing: a fix is proposed only for a problem seen.
    /// </summary>
    public IReadOnlyList<FixDescriptor> For(IEnumerable<CheckOutcome> outcomes)
    {
        var failed = outcomes.Where(outcome => outcome.Status == CheckStatus.Fail).ToList();
        return
        [
            .. Fixes
                .Where(fix => failed.Any(outcome =>
                    fix.Metadata.Addresses.Contains(outcome.Id, StringComparer.OrdinalIgnoreCase)
                    || outcome.FixIds.Contains(fix.Id, StringComparer.OrdinalIgnoreCase)))
                .OrderBy(fix => fix.Metadata.Impact)
                .ThenBy(fix => fix.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The settings a fix declares (an empty list when its class cannot say).</summary>
    public static IReadOnlyList<Setting> SettingsOf(FixDescriptor fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        if (fix.ListedSettings is { } listed)
        {
            return listed;
        }

        try
        {
            return SettingDeclarations.Read(fix.Metadata.Settings);
        }
        catch (Exception ex) when (ex is System.Reflection.TargetInvocationException or TypeInitializationException)
        {
            return [];
        }
    }
}
