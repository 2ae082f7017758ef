using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Testing.Resources;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Testing;

public static partial class FixTester
{
    /// <summary>The fix's id as the battery journals it.</summary>
    private const string FixIdUnderTest = "fix.under-test";

    /// <summary>
    /// Applies a plan as the host does: through the real fix engine, with a journal, rolling back on a failed step and
    /// leaving out what a managed PC must keep (<paramref name="managedBy"/>). Undo later with
    /// <c>new FixEngine(journals).UndoAsync(run.JournalId, pc, …)</c>.
    /// </summary>
    public static Task<FixRun> ApplyThroughEngineAsync(FixPlan plan, SimulatedPc pc, IJournalStore? journals = null, IReadOnlyList<string>? managedBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pc);
        var engine = new FixEngine(journals ?? new MemoryJournalStore());
        return engine.ApplyAsync(new FixRequest { FixId = FixIdUnderTest, Plan = plan, ManagedBy = managedBy ?? [] }, pc, progress: null, cancellationToken);
    }

    /// <summary>
    /// The battery every fix must pass, on simulated copies of <paramref name="brokenPc"/> (a PC the fix has something
    /// to repair), through the real fix engine:
    /// <list type="number">
    /// <item>planning changes nothing (a dry run);</item>
    /// <item>applying succeeds;</item>
    /// <item>for every operation n of that application, a PC where operation n fails ends exactly as before (the whole
    /// state compared) and the engine reports the rollback;</item>
    /// <item>for every n, a PC whose process crashes after operation n, restarted and undone from the journal, ends
    /// exactly as before;</item>
    /// <item>a second application, after Windows rebuilt the folders the first moved aside, succeeds and leaves what the
    /// first moved aside as it was (renames never overwrite).</item>
    /// </list>
    /// Throws <see cref="AssertionFailedException"/> naming the first part that does not hold; returns what it found
    /// for further assertions (the state the fix reaches).
    /// <code>
    /// var proof = await FixTester.ProveSafeAsync(new ResetDownloadCacheFix(), brokenPc,
    ///     new SafetyOptions { Faults = [Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "wuauserv")] });
    /// ResultAssert.HasStatus(await CheckTester.RunAsync(new DownloadCacheCheck(), proof.AppliedPc), CheckStatus.Pass);
    /// </code>
    /// </summary>
    public static async Task<SafetyProof> ProveSafeAsync(IFix fix, TestPc brokenPc, SafetyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(brokenPc);
        options ??= new SafetyOptions();
        var settings = options.Settings.ToArray();

        // 1. A dry run changes nothing.
        var pc = new SimulatedPc(brokenPc, options.Faults);
        var before = pc.State;
        var (plan, managedBy) = await PlanWithContextAsync(fix, pc, options, settings).ConfigureAwait(false);
        if (pc.History.Count > 0 || !before.Equals(pc.State))
        {
            throw new AssertionFailedException(TestingStrings.FormatProofDryRunChanged(Differences(before, pc.State)));
        }

        var review = PlanReviewer.Review(plan, pc, managedBy);
        if (review.Plan.Steps.Count == 0)
        {
            throw new AssertionFailedException(TestingStrings.ProofPlanEmpty);
        }

        // 2. Applying succeeds.
        var journals = new MemoryJournalStore();
        var applied = await ApplyThroughEngineAsync(plan, pc, journals, managedBy).ConfigureAwait(false);
        if (applied.Status != FixRunStatus.Applied)
        {
            throw new AssertionFailedException(TestingStrings.FormatProofApplyFailed(applied.Status, applied.Message, Describe.Run(applied)));
        }

        var operations = pc.History.Count;
        var after = pc.State;

        // 3. A failure at any operation is rolled back to exactly the state before.
        for (var operation = 1; operation <= operations; operation++)
        {
            var failing = new SimulatedPc(brokenPc, [.. options.Faults, Fault.FailsAt(operation)]);
            var (failingPlan, _) = await PlanWithContextAsync(fix, failing, options, settings).ConfigureAwait(false);
            var run = await ApplyThroughEngineAsync(failingPlan, failing, journals, managedBy).ConfigureAwait(false);
            if (run.Status != FixRunStatus.RolledBack || run.FailedStep is null)
            {
                throw new AssertionFailedException(TestingStrings.FormatProofFailureNotRolledBack(operation, run.Status, Describe.Run(run)));
            }

            if (!before.Equals(failing.State))
            {
                throw new AssertionFailedException(TestingStrings.FormatProofFailureLeftChanges(operation, Differences(before, failing.State), Describe.Run(run)));
            }
        }

        // 4. A crash after any operation, then a restart and an undo from the journal, restores the state before.
        for (var operation = 1; operation <= operations; operation++)
        {
            var crashing = new SimulatedPc(brokenPc, [.. options.Faults, Fault.CrashesAfter(operation)]);
            var (crashingPlan, _) = await PlanWithContextAsync(fix, crashing, options, settings).ConfigureAwait(false);
            var store = new MemoryJournalStore();
            var engine = new FixEngine(store);
            string? journalId;
            try
            {
                journalId = (await ApplyThroughEngineAsync(crashingPlan, crashing, store, managedBy).ConfigureAwait(false)).JournalId;
            }
            catch (SimulatedCrashException)
            {
                journalId = null;
            }

            crashing.Restart();
            journalId ??= (await engine.Journals.LatestToUndoAsync(null, CancellationToken.None).ConfigureAwait(false))?.Id;
            if (journalId is not null)
            {
                var undone = await engine.UndoAsync(journalId, crashing, progress: null, CancellationToken.None).ConfigureAwait(false);
                if (!undone.Succeeded)
                {
                    throw new AssertionFailedException(TestingStrings.FormatProofCrashUndoFailed(operation, undone.Status, Describe.Run(undone)));
                }
            }

            if (!before.Equals(crashing.State))
            {
                throw new AssertionFailedException(TestingStrings.FormatProofCrashNotRestored(operation, Differences(before, crashing.State)));
            }
        }

        // 5. A second application works and overwrites nothing the first moved aside.
        var twice = new SimulatedPc(brokenPc, options.Faults);
        var (firstPlan, _) = await PlanWithContextAsync(fix, twice, options, settings).ConfigureAwait(false);
        var first = await ApplyThroughEngineAsync(firstPlan, twice, journals, managedBy).ConfigureAwait(false);
        var rebuilt = first.Steps
            .Where(step => step.Step is RenameFolderStep && step.Run == StepRunState.Done)
            .Select(step => (FixStep)new CreateFolderStep { Path = ((RenameFolderStep)step.Step).Path })
            .ToList();
        _ = await ApplyAsync(new FixPlan { Steps = rebuilt }, twice).ConfigureAwait(false);
        var movedAside = first.Steps
            .Where(step => step.Run == StepRunState.Done && step.Prepared?.MoveTo is not null)
            .Select(step => step.Prepared!.MoveTo!)
            .ToList();
        var keep = twice.State.Paths.Where(path => movedAside.Contains(path.Path, StringComparer.OrdinalIgnoreCase)
            || movedAside.Any(moved => path.Path.StartsWith(moved + "\\", StringComparison.OrdinalIgnoreCase))).ToList();
        var (secondPlan, _) = await PlanWithContextAsync(fix, twice, options, settings).ConfigureAwait(false);
        var second = await ApplyThroughEngineAsync(secondPlan, twice, journals, managedBy).ConfigureAwait(false);
        if (!second.Succeeded)
        {
            throw new AssertionFailedException(TestingStrings.FormatProofSecondApplyFailed(second.Status, second.Message, Describe.Run(second)));
        }

        var afterSecond = twice.State;
        if (keep.FirstOrDefault(path => !afterSecond.Paths.Contains(path)) is { } overwritten)
        {
            throw new AssertionFailedException(TestingStrings.FormatProofOverwritten(overwritten.Path, Describe.Run(second)));
        }

        return new SafetyProof
        {
            Plan = applied.Review?.Plan ?? plan,
            Before = before,
            After = after,
            AppliedPc = pc,
            Applied = applied,
            Operations = operations,
            AfterSecondApply = afterSecond,
            OrderProblems = ServiceOrder.Problems(applied.Review?.Plan ?? plan),
        };
    }

    private static async Task<(FixPlan Plan, IReadOnlyList<string> ManagedBy)> PlanWithContextAsync(
        IFix fix, SimulatedPc pc, SafetyOptions options, (string Key, string Value)[] settings)
    {
        IReadOnlyList<string> managedBy = [];
        var plan = await PlanAsync(fix, pc, context =>
        {
            var adjusted = options.Context(context);
            managedBy = adjusted.ManagedBy;
            return adjusted;
        }, settings).ConfigureAwait(false);
        return (plan, managedBy);
    }

    private static string Differences(SimulatedState expected, SimulatedState actual)
    {
        var indent = Environment.NewLine + "  ";
        var lines = actual.DifferencesFrom(expected);
        return lines.Count == 0 ? indent + TestingStrings.ProofStepsRan : indent + string.Join(indent, lines);
    }
}
