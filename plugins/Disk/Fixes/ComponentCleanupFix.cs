using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Disk.Resources;

namespace WuToolkit.Plugins.Disk.Fixes;

/// <summary>
/// Windows Update cleanup as <c>DISM /Online /Cleanup-Image /StartComponentCleanup</c>: removes the superseded versions
/// of components that updates left in the component store (WinSxS), which is where the space updates take goes. DISM
/// rather than <c>cleanmgr /VERYLOWDISK</c>: cleanmgr runs the cleanup handlers chosen in the signed-in user's profile,
/// shows a dialog at the end, reports nothing through its exit code and is giving way to Storage Sense, while DISM does
/// the component cleanup that cleanmgr's "Windows Update Cleanup" does, with an exit code and a log. It never
/// uses <c>/ResetBase</c>, which would make every installed update impossible to uninstall.
/// </summary>
[ExportFix(
    "disk.cleanup",
    "Windows Update cleanup",
    Description = "Runs DISM /Online /Cleanup-Image /StartComponentCleanup, the Windows Update cleanup of Disk Cleanup, to remove the "
        + "superseded versions of components updates left in WinSxS. Chosen over cleanmgr because it needs no user profile, shows no "
        + "dialog and reports by exit code. Takes minutes and cannot be undone; never /ResetBase.",
    Addresses = ["disk.free-space", "disk.upgrade-space"],
    Impact = FixImpact.Heavy)]
public sealed class ComponentCleanupFix : IFix
{
    private const string Dism = @"%SystemRoot%\System32\Dism.exe";

    /// <summary>On a slow disk with years of updates the cleanup can take well over the host's default ten minutes.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromHours(2);

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cleanup = new RunProgramStep
        {
            Program = Dism,
            Arguments = ["/Online", "/Cleanup-Image", "/StartComponentCleanup"],
            SuccessExitCodes = [0, 3010],
            Timeout = Timeout,
            LongRunning = true,
            Reason = Strings.CleanupReason,
        };

        List<string> notes = [];
        if (await IsRestartPendingAsync(context.Machine.Storage, cancellationToken).ConfigureAwait(false))
        {
            notes.Add(Strings.CleanupRestartPending);
        }

        return new FixPlan { Steps = [cleanup], Notes = notes };
    }

    /// <summary>Servicing waiting for a restart makes DISM refuse the cleanup; a machine that cannot tell counts as not waiting.</summary>
    private static async Task<bool> IsRestartPendingAsync(IStorageQueries storage, CancellationToken cancellationToken)
    {
        try
        {
            return (await storage.GetPathAsync(WindowsPaths.PendingXml, cancellationToken).ConfigureAwait(false)).Exists;
        }
        catch (QuestionUnansweredException)
        {
            return false;
        }
    }
}
