using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>
/// Installs a package downloaded from the Microsoft Update Catalog: an .msu with <c>wusa /quiet /norestart</c>, a .cab
/// with <c>DISM /Online /Add-Package</c>. Exit code 3010 is success waiting for a restart, which wutk never makes itself.
/// An update the history shows installed gets an empty plan; if wusa still finds it installed (0x240006, after a
/// manual install the history never saw), the step stops as failed rather than succeed, so that undoing it can never
/// remove an update that was there before. Undoing it removes the update again: by its KB with wusa for an .msu, by the
/// same package with DISM for a .cab (DISM's own way back, which needs no KB lookup).
/// </summary>
[ExportFix(
    FailedUpdatesCheck.InstallPackageFix,
    "Install a downloaded update package",
    Description = "Installs the .msu (wusa /quiet /norestart) or .cab (DISM /Online /Add-Package) named by catalog.package, downloaded from "
        + "the Microsoft Update Catalog, for an update Windows Update keeps failing to install. Undoing it uninstalls the update; wutk never restarts the PC.",
    Addresses = ["catalog.failed-updates", "catalog.servicing-stack"],
    Impact = FixImpact.Heavy,
    Scenario = Scenario.Update,
    Settings = typeof(InstallPackageSettings))]
public sealed class InstallPackageFix : IFix
{
    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var package = await PackageFile.ReadAsync(context.Settings, context.Machine.Storage, cancellationToken).ConfigureAwait(false);
        if (await UpdateHistoryFacts.LastDoneAsync(context.Machine.Updates, package.KbId, cancellationToken).ConfigureAwait(false) is
            { Operation: UpdateOperation.Installation } installed)
        {
            return new FixPlan { Notes = [Strings.FormatAlreadyInstalled(package.KbId, installed.Day())] };
        }

        List<string> notes = [Strings.RestartNotMade];
        if (!package.Seen)
        {
            notes.Add(Strings.FormatPackageNotSeen(package.Path));
        }

        return new FixPlan { Steps = [Install(package)], Notes = notes };
    }

    private static RunProgramStep Install(PackageFile package) => package.Kind switch
    {
        PackageKind.Msu => new RunProgramStep
        {
            Program = Wusa.Program,
            Arguments = [package.Path, "/quiet", "/norestart"],
            SuccessExitCodes = [0, Wusa.RestartNeeded],
            Timeout = Wusa.Timeout,
            LongRunning = true,
            Reason = Strings.FormatInstallMsuReason(package.KbId, package.FileName),
            Undo = Wusa.Uninstall(package.KbId, Strings.FormatUninstallUndoReason(package.KbId)),
        },
        _ => new RunProgramStep
        {
            Program = Wusa.Dism,
            Arguments = ["/Online", "/Add-Package", "/PackagePath:" + package.Path, "/Quiet", "/NoRestart"],
            SuccessExitCodes = [0, Wusa.RestartNeeded],
            Timeout = Wusa.Timeout,
            LongRunning = true,
            Reason = Strings.FormatInstallCabReason(package.KbId, package.FileName),
            Undo = new RunProgramStep
            {
                Program = Wusa.Dism,
                Arguments = ["/Online", "/Remove-Package", "/PackagePath:" + package.Path, "/Quiet", "/NoRestart"],
                SuccessExitCodes = [0, Wusa.RestartNeeded],
                Timeout = Wusa.Timeout,
                LongRunning = true,
                Reason = Strings.FormatRemoveCabReason(package.KbId, package.FileName),
            },
        },
    };
}
