using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing;

/// <summary>
/// Assertions on a fix's plan that any test framework reports: each throws <see cref="AssertionFailedException"/> with
/// the whole plan in its message when it does not hold. Steps are compared as Windows compares names (service names,
/// paths and registry keys ignoring case).
/// <code>
/// var plan = await FixTester.PlanAsync(new ResetDownloadCacheFix(), pc);
/// PlanAssert.StopsInOrder(plan, "UsoSvc", "wuauserv");
/// PlanAssert.RenamesWithoutDeleting(plan, WindowsPaths.SoftwareDistribution);
/// PlanAssert.IsReversible(plan);
/// </code>
/// </summary>
public static class PlanAssert
{
    /// <summary>The plan has no step (there is nothing to do on this PC).</summary>
    public static void IsEmpty(FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Steps.Count > 0)
        {
            throw new AssertionFailedException(TestingStrings.FormatPlanNotEmpty(Describe.Plan(plan)));
        }
    }

    /// <summary>The plan has this step.</summary>
    public static void Contains(FixPlan plan, FixStep step)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(step);
        if (!plan.Steps.Any(candidate => StepMatch.Same(candidate, step)))
        {
            throw new AssertionFailedException(TestingStrings.FormatPlanLacksStep(Describe.Step(step), Describe.Plan(plan)));
        }
    }

    /// <summary>The plan has these steps in this order (with any others between them).</summary>
    public static void InOrder(FixPlan plan, params FixStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(steps);
        var from = 0;
        FixStep? previous = null;
        foreach (var step in steps)
        {
            var at = IndexOf(plan, step, from);
            if (at < 0)
            {
                throw new AssertionFailedException(previous is null || IndexOf(plan, step, 0) < 0
                    ? TestingStrings.FormatPlanLacksStep(Describe.Step(step), Describe.Plan(plan))
                    : TestingStrings.FormatPlanOutOfOrder(Describe.Step(step), Describe.Step(previous), Describe.Plan(plan)));
            }

            from = at + 1;
            previous = step;
        }
    }

    /// <summary>The plan stops these services in this order, such as <c>UsoSvc</c> before <c>wuauserv</c>.</summary>
    public static void StopsInOrder(FixPlan plan, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(services);
        InOrder(plan, [.. services.Select(service => new StopServiceStep { ServiceName = service })]);
    }

    /// <summary>The plan renames <paramref name="folder"/> and no program it runs names the folder or its new name: what a
    /// fix moves aside stays until the user removes it.</summary>
    public static void RenamesWithoutDeleting(FixPlan plan, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var renames = plan.Steps.OfType<RenameFolderStep>().Where(rename => string.Equals(rename.Path, folder, StringComparison.OrdinalIgnoreCase)).ToList();
        if (renames.Count == 0)
        {
            throw new AssertionFailedException(TestingStrings.FormatPlanDoesNotRename(folder, Describe.Plan(plan)));
        }

        string[] names = [LeafOf(folder), .. renames.Select(rename => rename.NewName)];
        var programs = plan.Steps.OfType<RunProgramStep>().SelectMany(run => run.Undo is null ? [run] : new[] { run, run.Undo });
        foreach (var program in programs)
        {
            if (names.FirstOrDefault(name => Names(program, name)) is { } named)
            {
                throw new AssertionFailedException(TestingStrings.FormatPlanTouchesMovedFolder(Describe.Step(program), named, Describe.Plan(plan)));
            }
        }
    }

    /// <summary>Every step of the plan can be undone.</summary>
    public static void IsReversible(FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Steps.FirstOrDefault(step => !step.IsReversible) is { } irreversible)
        {
            throw new AssertionFailedException(TestingStrings.FormatPlanHasIrreversibleStep(Describe.Step(irreversible), Describe.Plan(plan)));
        }
    }

    /// <summary>The plan has a step that cannot be undone (so the host says so before it asks to go on).</summary>
    public static void HasIrreversibleStep(FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.HasIrreversibleSteps)
        {
            throw new AssertionFailedException(TestingStrings.FormatPlanAllReversible(Describe.Plan(plan)));
        }
    }

    private static int IndexOf(FixPlan plan, FixStep step, int from)
    {
        for (var index = from; index < plan.Steps.Count; index++)
        {
            if (StepMatch.Same(plan.Steps[index], step))
            {
                return index;
            }
        }

        return -1;
    }

    private static bool Names(RunProgramStep program, string name) =>
        program.Program.Contains(name, StringComparison.OrdinalIgnoreCase)
        || program.Arguments.Any(argument => argument.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static string LeafOf(string path)
    {
        var trimmed = path.TrimEnd('\\', '/');
        return trimmed[(trimmed.LastIndexOfAny(['\\', '/']) + 1)..];
    }
}
