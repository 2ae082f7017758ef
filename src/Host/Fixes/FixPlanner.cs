using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// Plans a fix on a machine, read-only: the fix is created and asked for its plan with the PC's managers in its context,
/// within a time limit, and a fix that throws or hangs is a problem to show, not a crash. With a restore point asked for,
/// the plan starts with one, unless System Protection is off (the plan then says so instead).
/// </summary>
public sealed class FixPlanner(IMachine machine, ISettings settings, ILoggerFactory loggerFactory, IReadOnlyList<string> managedBy, TimeSpan timeout)
{
    public async Task<PlannedFix> PlanAsync(FixDescriptor fix, bool restorePoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var context = new FixContext
        {
            Machine = machine,
            Settings = settings,
            Logger = loggerFactory.CreateLogger("wutk.fix." + fix.Id),
            ManagedBy = managedBy,
        };
        FixPlan plan;
        try
        {
            // Task.Run: a fix that blocks its thread instead of awaiting still cannot hold wutk.
            plan = await Task.Run(() => fix.Create().PlanAsync(context, cancellationToken), cancellationToken)
                .WaitAsync(timeout, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException(FixStrings.PlanNull);
        }
        catch (TimeoutException)
        {
            return new PlannedFix { Fix = fix, Problem = FixStrings.FormatPlanTimedOut(fix.Id, timeout.TotalSeconds) };
        }
        catch (QuestionUnansweredException unanswered)
        {
            return new PlannedFix { Fix = fix, Problem = FixStrings.FormatPlanUnanswered(fix.Id, unanswered.Reason, unanswered.Question) };
        }
        catch (InvalidSettingException bad)
        {
            return new PlannedFix { Fix = fix, Problem = FixStrings.FormatPlanBadSetting(fix.Id, bad.Key, bad.Value, bad.Expected) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var inner = ex is AggregateException { InnerException: { } first } ? first : ex;
            return new PlannedFix { Fix = fix, Problem = FixStrings.FormatPlanCrashed(fix.Id, inner.GetType().Name, inner.Message.ReplaceLineEndings(" ")) };
        }

        if (restorePoint && plan.Steps.Count > 0)
        {
            plan = await WithRestorePointAsync(plan, fix, cancellationToken).ConfigureAwait(false);
        }

        return new PlannedFix { Fix = fix, Review = PlanReviewer.Review(plan, machine.StepExecutor, managedBy) };
    }

    private async Task<FixPlan> WithRestorePointAsync(FixPlan plan, FixDescriptor fix, CancellationToken cancellationToken)
    {
        bool? protection;
        try
        {
            protection = (await machine.System.GetRestorePointsAsync(cancellationToken).ConfigureAwait(false)).ProtectionEnabled;
        }
        catch (QuestionUnansweredException)
        {
            protection = null;
        }

        if (protection == false)
        {
            return plan with { Notes = [FixStrings.RestorePointProtectionOff, .. plan.Notes] };
        }

        var step = new CreateRestorePointStep { Description = FixStrings.FormatRestorePointDescription(fix.Id), Reason = FixStrings.RestorePointReason };
        return plan with { Steps = [step, .. plan.Steps] };
    }
}
