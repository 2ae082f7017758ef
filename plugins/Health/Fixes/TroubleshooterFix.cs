using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// Starts the built-in Windows Update troubleshooter, the MSDT troubleshooting pack <c>WindowsUpdateDiagnostic</c>, where
/// this Windows still has it. Microsoft retired the MSDT troubleshooters: from Windows 11 version 22H2 (build 22621)
/// they lead to the Get Help app's troubleshooters instead, and Windows 11 version 24H2 (build 26100) removed MSDT
/// altogether. Windows 10, Windows 11 21H2 and the Windows Server releases built on them keep it. Where it is gone, the
/// plan is empty and says what replaces it. The troubleshooter is a window the user follows; what it repairs cannot be
/// undone from here.
/// </summary>
[ExportFix(FixIds.Troubleshooter, "Start the Windows Update troubleshooter",
    Description = "Opens the built-in Windows Update troubleshooter (msdt.exe -id WindowsUpdateDiagnostic) on Windows 10 and Windows 11 21H2; on Windows 11 22H2 and later, which retired the MSDT troubleshooters, the plan is empty and points to the Get Help troubleshooter.",
    Addresses = ["catalog.failed-updates", "logs.update-client-errors"], Impact = FixImpact.Moderate, Scenario = Scenario.Update)]
public sealed class TroubleshooterFix : IFix
{
    /// <summary>Windows 11 version 22H2, the first build whose MSDT troubleshooters lead to Get Help.</summary>
    public const int RetiredFromBuild = 22621;

    /// <summary>The troubleshooting pack of Windows Update.</summary>
    public const string PackageId = "WindowsUpdateDiagnostic";

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var os = await context.Machine.System.GetOsAsync(cancellationToken).ConfigureAwait(false);
        var step = new RunProgramStep
        {
            Program = SystemPrograms.Msdt,
            Arguments = ["-id", PackageId],
            // The user works through the troubleshooter's window; an hour is ample for that.
            Timeout = TimeSpan.FromHours(1),
            Reason = FixStrings.TroubleshooterReason,
        };

        if (os.Build < RetiredFromBuild)
        {
            return new FixPlan { Steps = [step] };
        }

        return new FixPlan
        {
            Omitted = [new OmittedStep { Description = FixStrings.TroubleshooterStep, Reason = FixStrings.FormatTroubleshooterRetired(os.Build.ToString(CultureInfo.InvariantCulture)) }],
            Notes = [FixStrings.TroubleshooterGetHelp],
        };
    }
}
