using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>
/// Turns off, for the upgrade, the turned-on optional features that <c>upgrade.optional-features</c> reports (IIS and the
/// Windows Process Activation Service by default), one <c>DISM /Online /Disable-Feature</c> each, and each with the
/// <c>/Enable-Feature</c> that turns it on again, which undoing the fix (the host's <c>upgrade.restore-features</c>) runs.
/// Turning a feature off also turns off the features that need it; those known to need IIS or WAS (the WCF activation
/// features, MSMQ's HTTP support) are turned off first by name, so that undoing turns them on again as well. Nothing is
/// removed: <c>/Disable-Feature</c> without <c>/Remove</c> keeps every file, so turning on again needs no source.
/// </summary>
[ExportFix(OptionalFeaturesCheck.DisableBlockingFeaturesFix, "Turn off optional features that block upgrades",
    Description = "Turns off the turned-on optional features that often slow or block an upgrade (IIS and WAS by default, as upgrade.watchedFeatures lists them) with DISM, each reversibly; upgrade.restore-features turns them on again after the upgrade.",
    Addresses = ["upgrade.optional-features"], Impact = FixImpact.Heavy, Scenario = Scenario.Upgrade, Settings = typeof(BlockingFeatureSettings),
    UndoFixId = "upgrade.restore-features")]
public sealed class DisableBlockingFeaturesFix : IFix
{
    /// <summary>DISM's "restart required": the change is made and completes at the next start.</summary>
    public const int RestartRequired = 3010;

    private const string Dism = @"%SystemRoot%\System32\Dism.exe";

    /// <summary>The families whose dependents are known.</summary>
    private static readonly string[] KnownParents = ["IIS-", "WAS-"];

    /// <summary>Features that need IIS or the Windows Process Activation Service: the WCF activation features (every one
    /// of them is hosted by WAS) and MSMQ's HTTP support (served by IIS).</summary>
    private static readonly string[] KnownDependents = ["WCF-HTTP-Activation", "WCF-NonHTTP-Activation", "WCF-HTTP-Activation45", "WCF-TCP-Activation45", "WCF-Pipe-Activation45", "WCF-MSMQ-Activation45", "MSMQ-HTTP"];

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enabled = await context.Machine.System.GetEnabledOptionalFeaturesAsync(cancellationToken).ConfigureAwait(false);
        var watched = WatchedFeatures.Read(context.Settings).Among(enabled);
        if (watched.Count == 0)
        {
            return new FixPlan { Notes = [FixStrings.NoBlockingFeatures] };
        }

        var dependents = watched.Any(feature => KnownParents.Any(family => feature.StartsWith(family, StringComparison.OrdinalIgnoreCase)))
            ? enabled.Where(feature => KnownDependents.Contains(feature, StringComparer.OrdinalIgnoreCase) && !watched.Contains(feature, StringComparer.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

        var steps = new List<FixStep>();
        var omitted = new List<OmittedStep>();
        foreach (var (feature, reason) in dependents.Select(feature => (feature, FixStrings.FormatDependentFeatureReason(feature)))
            .Concat(watched.Select(feature => (feature, FixStrings.FormatBlockingFeatureReason(feature)))))
        {
            if (!FeatureNames.IsValid(feature))
            {
                omitted.Add(new OmittedStep { Description = FixStrings.FormatFeatureStep(feature), Reason = FixStrings.FeatureNameUnsafe });
                continue;
            }

            steps.Add(Disable(feature, reason));
        }

        return new FixPlan
        {
            Steps = steps,
            Omitted = omitted,
            Notes = steps.Count == 0 ? [] : [FixStrings.FeaturesStopServing, FixStrings.FeaturesRestart],
        };
    }

    private static RunProgramStep Disable(string feature, string reason) => new()
    {
        Program = Dism,
        Arguments = ["/Online", "/Disable-Feature", "/FeatureName:" + feature, "/NoRestart"],
        SuccessExitCodes = [0, RestartRequired],
        LongRunning = true,
        Timeout = TimeSpan.FromMinutes(30),
        Reason = reason,
        Undo = new RunProgramStep
        {
            Program = Dism,
            // /All turns on the parents it needs as well, which were on before: a feature cannot be on without them.
            Arguments = ["/Online", "/Enable-Feature", "/FeatureName:" + feature, "/All", "/NoRestart"],
            SuccessExitCodes = [0, RestartRequired],
            LongRunning = true,
            Timeout = TimeSpan.FromMinutes(30),
            Reason = FixStrings.FormatEnableFeatureReason(feature),
        },
    };
}
