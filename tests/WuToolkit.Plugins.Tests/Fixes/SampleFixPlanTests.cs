using System.Runtime.CompilerServices;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Plugins.CleanBoot.Fixes;
using WuToolkit.Plugins.Health.Fixes;
using WuToolkit.Plugins.Upgrade.Fixes;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Fixes;

/// <summary>The Health, CleanBoot and Upgrade fixes plan against every example PC in samples/snapshots, as
/// <c>wutk fix … --dry-run --snapshot</c> does for a technician reviewing a PC they are not sitting at: a question a
/// recording did not ask may refine a plan, but never stops one.</summary>
public class SampleFixPlanTests
{
    private static readonly IFix[] Fixes =
    [
        new ResyncTimeFix(), new SystemFileCheckFix(), new RestoreHealthFix(), new TroubleshooterFix(), new RestorePointFix(),
        new EnterCleanBootFix(), new DisableFastStartupFix(), new DisableBlockingFeaturesFix(), new PauseOtherProductsFix(),
    ];

    private static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "samples", "snapshots"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Samples))]
    public async Task Every_fix_plans_against_the_sample(string sample)
    {
        var pc = await SampleAsync(sample);

        foreach (var fix in Fixes)
        {
            var plan = await FixTester.PlanAsync(fix, pc);
            Assert.That(plan.Steps.Concat(plan.Steps.OfType<RunProgramStep>().Select(run => run.Undo).OfType<FixStep>()).Select(step => step.Reason), Has.All.Not.Empty, $"{fix.GetType().Name} on {sample}");
        }
    }

    [Test]
    public async Task The_clock_three_days_behind_syncs_again_and_is_resynced()
    {
        var plan = await FixTester.PlanAsync(new ResyncTimeFix(), await SampleAsync("clock-three-days-behind.json"));

        Assert.That(plan.Steps.OfType<SetRegistryValueStep>().Select(step => (step.Name, step.Data)), Is.EqualTo(new[] { ("Type", "NTP") }));
        Assert.That(plan.Steps.OfType<RunProgramStep>().Single().Arguments, Does.Contain("/resync"));
    }

    [Test]
    public async Task The_corrupt_component_store_is_repaired_before_sfc()
    {
        var plan = await FixTester.PlanAsync(new SystemFileCheckFix(), await SampleAsync("component-store-corrupt.json"));

        Assert.That(plan.Notes, Has.One.Contains("health.restore-health first"));
    }

    [Test]
    public async Task The_wsus_managed_pc_is_told_it_needs_a_repair_source()
    {
        var plan = await FixTester.PlanAsync(new RestoreHealthFix(), await SampleAsync("healthy-wsus-managed.json"));

        Assert.That(plan.Notes[0], Does.Contain("WSUS").And.Contain("0x800F081F"));
    }

    [Test]
    public async Task The_clean_boot_of_the_pc_whose_updates_fail_leaves_its_security_software_to_its_own_switch()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), await SampleAsync("update-stuck-failing.json"));

        Assert.That(plan.Omitted, Has.Some.Property(nameof(OmittedStep.Description)).Contains("McAfee"));
        Assert.That(plan.Steps.OfType<SetServiceStartTypeStep>().Select(step => step.ServiceName), Has.None.StartsWith("mfe"));
    }

    [Test]
    public async Task The_healthy_home_arm64_pc_needs_no_clean_boot()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), await SampleAsync("healthy-home-arm64.json"));

        Assert.That(plan.Steps.OfType<SetServiceStartTypeStep>(), Is.Empty);
    }

    private static Task<TestPc> SampleAsync(string name) => TestPc.FromSnapshotFileAsync(Path.Combine(RepositoryRoot(), "samples", "snapshots", name));

    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
