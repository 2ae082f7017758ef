using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Planning;

/// <summary>Reviews a fix's plan for one machine before anything changes (see <see cref="PlanReview"/>).</summary>
public static class PlanReviewer
{
    /// <summary>Reviews <paramref name="plan"/> for the machine whose executor is <paramref name="executor"/>
    /// (<see langword="null"/>: a machine that cannot be changed), on a PC that <paramref name="managedBy"/> manage.</summary>
    public static PlanReview Review(FixPlan plan, IStepExecutor? executor, IReadOnlyList<string> managedBy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(managedBy);
        var managers = managedBy.Where(name => !string.IsNullOrWhiteSpace(name)).ToList();
        var kept = new List<FixStep>();
        var omitted = new List<OmittedStep>();
        foreach (var step in plan.Steps)
        {
            if (step is null)
            {
                continue;
            }

            if (managers.Count > 0 && ManagedSettings.Touches(step))
            {
                omitted.Add(new OmittedStep
                {
                    Description = StepText.Describe(step),
                    Reason = FixingStrings.FormatOmittedOnManagedPc(string.Join(", ", managers)),
                });
                continue;
            }

            kept.Add(step);
        }

        var refusals = new List<StepRefusal>();
        for (var index = 0; index < kept.Count; index++)
        {
            var reason = StepValidation.Problem(kept[index]) ?? executor?.ReasonCannotPerform(kept[index]);
            if (reason is not null)
            {
                refusals.Add(new StepRefusal { Index = index, Step = kept[index], Reason = reason });
            }
        }

        return new PlanReview
        {
            Plan = plan with { Steps = kept, Omitted = [.. plan.Omitted, .. omitted] },
            MachineCanChange = executor is not null,
            Refusals = refusals,
            OmittedForManagement = omitted,
        };
    }
}
