using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>Removes a named update with <c>wusa /uninstall /kb:NNN /quiet /norestart</c>, for an update that broke
/// something. Only a well-formed KB id reaches the command line. wutk cannot undo it (putting the update back needs its
/// package: catalog.install-package), and some updates cannot be removed at all (servicing stack updates, and the stack
/// part of combined packages): wusa then fails and nothing changes.</summary>
[ExportFix(
    "catalog.uninstall-update",
    "Uninstall an update",
    Description = "Removes the update named by catalog.uninstallKb (such as KB5034441) with wusa /uninstall /quiet /norestart, for an update "
        + "that broke something. Cannot be undone by wutk (install its package again); servicing stack updates cannot be removed.",
    Impact = FixImpact.Heavy,
    Scenario = Scenario.Update,
    Settings = typeof(UninstallUpdateSettings))]
public sealed class UninstallUpdateFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var setting = UninstallUpdateSettings.Kb;
        var text = context.Settings.Get(setting);
        if (!KbArticle.TryParse(text, out var kbId))
        {
            throw new InvalidSettingException(setting.Key, text, Strings.ExpectedKb);
        }

        if (await UpdateHistoryFacts.LastDoneAsync(context.Machine.Updates, kbId, cancellationToken).ConfigureAwait(false) is
            { Operation: UpdateOperation.Uninstallation } removed)
        {
            return new FixPlan { Notes = [Strings.FormatAlreadyUninstalled(kbId, removed.Day())] };
        }

        List<string> notes = [Strings.RestartNotMade, Strings.SomeCannotBeRemoved];
        if (context.ManagedBy.Count > 0)
        {
            notes.Add(Strings.FormatUninstallManagedNote(string.Join(", ", context.ManagedBy), kbId));
        }

        return new FixPlan { Steps = [Wusa.Uninstall(kbId, Strings.FormatUninstallReason(kbId))], Notes = notes };
    }
}
