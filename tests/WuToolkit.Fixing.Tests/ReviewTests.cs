using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>Before anything changes the plan is reviewed for the machine: what a managed PC must keep is left out with
/// why, and a plan the machine cannot finish (or a malformed step) is refused whole.</summary>
public class ReviewTests
{
    private static readonly SetRegistryValueStep PolicyStep = new() { Key = PolicyKey + @"\AU", Name = "NoAutoUpdate", Kind = "REG_DWORD", Data = "0" };
    private static readonly SetRegistryValueStep IdentityStep = new() { Key = ClientKey, Name = "SusClientId", Kind = "REG_SZ", Data = "" };

    [TestCase(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate", "WUServer")]
    [TestCase(@"HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows\WindowsUpdate\AU", "UseWUServer")]
    [TestCase(@"HKLM:\SOFTWARE\Microsoft\PolicyManager\current\device\Update", "DeferFeatureUpdatesPeriodInDays")]
    [TestCase(@"Registry::HKLM\SOFTWARE\WOW6432Node\Policies\Microsoft\Windows\WindowsUpdate", "TargetReleaseVersion")]
    [TestCase(@"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate", "SusClientId")]
    [TestCase(@"HKLM/SOFTWARE/Microsoft/Windows/CurrentVersion/WindowsUpdate/", "PingID")]
    public void Policy_keys_and_the_client_identity_are_what_a_managed_pc_keeps(string key, string name) =>
        Assert.That(ManagedSettings.Touches(new SetRegistryValueStep { Key = key, Name = name, Kind = "REG_SZ", Data = "x" }), Is.True);

    [TestCase(@"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power", "HiberbootEnabled")]
    [TestCase(@"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate", "LastOnlineScanTimeForAppCategory")]
    [TestCase(@"HKLM\SOFTWARE\Policies\Microsoft\WindowsStore", "AutoDownload")]
    public void Other_settings_are_not(string key, string name) =>
        Assert.That(ManagedSettings.Touches(new SetRegistryValueStep { Key = key, Name = name, Kind = "REG_SZ", Data = "x" }), Is.False);

    [Test]
    public void A_registry_tool_told_to_delete_the_client_identity_touches_it()
    {
        var reg = new RunProgramStep { Program = @"%SystemRoot%\System32\reg.exe", Arguments = ["delete", ClientKey, "/v", "SusClientId", "/f"] };
        var netsh = new RunProgramStep { Program = "netsh.exe", Arguments = ["winhttp", "reset", "proxy"] };

        Assert.That(ManagedSettings.Touches(reg), Is.True);
        Assert.That(ManagedSettings.Touches(netsh), Is.False);
    }

    [Test]
    public void On_a_managed_pc_those_steps_are_left_out_with_the_reason_and_the_rest_kept()
    {
        var plan = new FixPlan { Steps = [Stop("wuauserv"), PolicyStep, IdentityStep, Start("wuauserv")], Omitted = [new OmittedStep { Description = "a", Reason = "b" }] };

        var review = PlanReviewer.Review(plan, NewPc(), ["WSUS"]);

        Assert.That(review.Plan.Steps, Is.EqualTo(new FixStep[] { Stop("wuauserv"), Start("wuauserv") }));
        Assert.That(review.Plan.Omitted, Has.Count.EqualTo(3), "the fix's own omissions are kept");
        Assert.That(review.OmittedForManagement.All(omitted => omitted.Reason.Contains("WSUS", StringComparison.Ordinal)), Is.True);
        Assert.That(review.OmittedForManagement[1].Description, Does.Contain("SusClientId"));
    }

    [Test]
    public void On_an_unmanaged_pc_nothing_is_left_out()
    {
        var plan = new FixPlan { Steps = [PolicyStep, IdentityStep] };

        Assert.That(PlanReviewer.Review(plan, NewPc(), []).Plan.Steps, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_engine_leaves_them_out_even_when_the_fix_did_not()
    {
        var pc = NewPc();
        var plan = new FixPlan { Steps = [IdentityStep] };

        var run = await new FixEngine(new MemoryJournalStore()).ApplyAsync(
            new FixRequest { FixId = "x", Plan = plan, ManagedBy = ["Configuration Manager"] }, pc, null, CancellationToken.None);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.NothingToDo));
        Assert.That(run.Review!.OmittedForManagement, Has.Count.EqualTo(1));
        Assert.That(pc.State.RegistryValues.Single(value => value.Name == "SusClientId").Data, Is.EqualTo("c0ffee"));
    }

    [Test]
    public async Task A_plan_with_a_step_the_machine_cannot_perform_is_refused_whole_before_anything_changes()
    {
        var pc = NewPc();
        var machine = new NoServices(pc);
        var store = new MemoryJournalStore();

        var run = await new FixEngine(store).ApplyAsync(new FixRequest { FixId = "x", Plan = ResetDownloadCache }, machine, null, CancellationToken.None);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.Refused));
        Assert.That(run.Review!.Refusals, Has.Count.EqualTo(10));
        Assert.That(run.Message, Does.Contain("no services"));
        Assert.That(pc.History, Is.Empty);
        Assert.That(await store.ListAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task A_machine_that_cannot_be_changed_is_refused()
    {
        var run = await new FixEngine(new MemoryJournalStore()).ApplyAsync(new FixRequest { FixId = "x", Plan = ResetDownloadCache }, null, null, CancellationToken.None);

        Assert.That(run.Status, Is.EqualTo(FixRunStatus.Refused));
        Assert.That(run.Review!.MachineCanChange, Is.False);
    }

    [TestCase(@"..\Windows")]
    [TestCase("sub/dir")]
    [TestCase("..")]
    [TestCase("")]
    [TestCase("C:evil")]
    public void A_rename_to_anything_but_a_name_in_the_same_folder_is_refused(string newName)
    {
        var review = PlanReviewer.Review(new FixPlan { Steps = [Rename(SoftwareDistribution, newName)] }, NewPc(), []);

        Assert.That(review.CanApply, Is.False);
    }

    [Test]
    public void Malformed_steps_are_refused_with_what_is_wrong()
    {
        FixStep[] steps =
        [
            new RunProgramStep { Program = "x.exe", SuccessExitCodes = [] },
            new RunProgramStep { Program = " " },
            new StopServiceStep { ServiceName = "wuauserv", Timeout = TimeSpan.Zero },
            new SetRegistryValueStep { Key = "SOFTWARE\\x", Name = "a", Kind = "REG_DWORD", Data = "1" },
            new SetRegistryValueStep { Key = "HKLM\\SOFTWARE\\x", Name = "a", Kind = "REG_NONE", Data = "1" },
            new SetServiceStartTypeStep { ServiceName = "wuauserv", StartType = (ServiceStartType)42 },
        ];

        var review = PlanReviewer.Review(new FixPlan { Steps = steps }, NewPc(), []);

        Assert.That(review.Refusals.Select(refusal => refusal.Index), Is.EqualTo(Enumerable.Range(0, steps.Length)));
    }

    [Test]
    public void Service_order_problems_are_named()
    {
        var wrong = new FixPlan { Steps = [Stop("wuauserv"), Rename(SoftwareDistribution, "x"), Stop("UsoSvc"), Stop("DoSvc")] };

        Assert.That(ServiceOrder.Problems(wrong), Has.Count.EqualTo(4));
        Assert.That(ServiceOrder.Problems(ResetDownloadCache), Is.Empty);
    }

    /// <summary>A machine without services, as Linux is.</summary>
    private sealed class NoServices(IStepExecutor inner) : IStepExecutor
    {
        public Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken) => inner.PrepareAsync(fixStep, cancellationToken);

        public Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken) => inner.ExecuteAsync(prepared, cancellationToken);

        public Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken) => inner.UndoAsync(prepared, cancellationToken);

        public string? ReasonCannotPerform(FixStep fixStep) => fixStep is StopServiceStep or StartServiceStep ? "this machine has no services" : null;
    }
}
