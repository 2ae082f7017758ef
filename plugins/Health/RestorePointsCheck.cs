using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>A restore point is the user's way back when a repair or an update goes wrong. It is not needed for updates
/// to work, so its absence warns and never fails.</summary>
[ExportCheck("health.restore-points", "System protection and restore points", Scenario = Scenario.Both, Tags = ["health", "restore", "safety"],
    Settings = typeof(HealthSettings),
    Description = "Checks that system protection is on and a recent restore point exists (health.restorePointMaxAgeDays), the safety net before repairs; protection off or no recent point warns, never fails.")]
public sealed class RestorePointsCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxAge = TimeSpan.FromDays(context.Settings.Get(HealthSettings.RestorePointMaxAgeDays));
        var restore = await context.Machine.System.GetRestorePointsAsync(cancellationToken).ConfigureAwait(false);
        var now = await context.Machine.Clock.GetUtcNowAsync(cancellationToken).ConfigureAwait(false);

        // Newest first as the SDK promises, but a damaged snapshot need not keep it.
        var newest = restore.Points.OrderByDescending(point => point.CreatedUtc).FirstOrDefault();
        var evidence = new List<Evidence>
        {
            new("protection", restore.ProtectionEnabled switch
            {
                true => Strings.EvidenceOn,
                false => Strings.EvidenceOff,
                null => Strings.EvidenceUnknown,
            }),
            new("restorePoints", restore.Points.Count.ToString(CultureInfo.InvariantCulture)),
        };
        if (newest is not null)
        {
            evidence.Add(new("newest", Durations.DateTime(newest.CreatedUtc)));
            evidence.Add(new("newestDescription", newest.Description));
        }

        // With protection off no restore point can be made, so no fix is named: turning it on is the user's choice.
        if (restore.ProtectionEnabled == false)
        {
            return CheckResult.Warn(Strings.ProtectionOff, evidence);
        }

        if (newest is null)
        {
            return CheckResult.Warn(Strings.NoRestorePoints, evidence, FixIds.RestorePoint);
        }

        var age = now - newest.CreatedUtc;
        if (age > maxAge)
        {
            return CheckResult.Warn(Strings.FormatRestorePointOld(Durations.Date(newest.CreatedUtc), Durations.Format(age)), evidence, FixIds.RestorePoint);
        }

        return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatRestorePointRecent(Durations.Date(newest.CreatedUtc), newest.Description), Evidence = evidence };
    }
}
