using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// Creates a System Restore point, the safety net to run before other repairs. With System Protection off Windows
/// cannot make one, so the plan is empty and says how to turn it on. Windows makes at most one restore point a day by
/// default and quietly keeps the recent one instead, which the plan mentions when there is such a point.
/// </summary>
[ExportFix(FixIds.RestorePoint, "Create a restore point",
    Description = "Creates a System Restore point as a safety net before other repairs; when System Protection is off the plan is empty and says how to turn it on.",
    Addresses = ["health.restore-points"], Impact = FixImpact.Gentle, Scenario = Scenario.Both)]
public sealed class RestorePointFix : IFix
{
    /// <summary>How often Windows makes a restore point at most, unless SystemRestorePointCreationFrequency says otherwise.</summary>
    public static readonly TimeSpan CreationFrequency = TimeSpan.FromHours(24);

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var machine = context.Machine;
        var restore = await machine.System.GetRestorePointsAsync(cancellationToken).ConfigureAwait(false);
        if (restore.ProtectionEnabled == false)
        {
            return new FixPlan
            {
                Omitted = [new OmittedStep { Description = FixStrings.RestorePointStep, Reason = FixStrings.RestorePointProtectionOff }],
                Notes = [FixStrings.RestorePointProtectionOff, FixStrings.RestorePointTurnOn],
            };
        }

        var notes = new List<string>();
        if (restore.ProtectionEnabled is null)
        {
            notes.Add(FixStrings.RestorePointProtectionUnknown);
        }

        var now = await Answers.AskAsync(() => machine.Clock.GetUtcNowAsync(cancellationToken)).ConfigureAwait(false);
        if (now.IsKnown && Newest(restore) is { } newest && now.Value - newest.CreatedUtc < CreationFrequency)
        {
            notes.Add(FixStrings.FormatRestorePointRecent(Durations.DateTime(newest.CreatedUtc)));
        }

        return new FixPlan
        {
            Steps = [new CreateRestorePointStep { Description = FixStrings.RestorePointDescription, Reason = FixStrings.RestorePointReason }],
            Notes = notes,
        };
    }

    // Newest first as the SDK promises, but a damaged snapshot need not keep it.
    private static RestorePointInfo? Newest(RestoreInfo restore) => restore.Points.OrderByDescending(point => point.CreatedUtc).FirstOrDefault();
}
