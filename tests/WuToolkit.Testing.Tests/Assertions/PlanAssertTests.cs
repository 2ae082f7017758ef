using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Assertions;

public class PlanAssertTests
{
    private static readonly FixPlan Reset = new()
    {
        Steps =
        [
            Stop("UsoSvc"), Stop("wuauserv"), Stop("BITS"),
            Rename(SoftwareDistribution, "SoftwareDistribution.bak"),
            Start("BITS"), Start("wuauserv"), Start("UsoSvc"),
        ],
    };

    private static readonly FixPlan Health = new() { Steps = [Run(@"%SystemRoot%\System32\sfc.exe", "/scannow")] };

    [Test]
    public void A_plan_that_stops_UsoSvc_before_wuauserv_passes_and_names_compare_as_Windows_does()
    {
        Assert.That(() => PlanAssert.StopsInOrder(Reset, "usosvc", "WUAUSERV", "BITS"), Throws.Nothing);
        Assert.That(() => PlanAssert.Contains(Reset, Rename(SoftwareDistribution.ToUpperInvariant(), "softwaredistribution.bak")), Throws.Nothing);
    }

    [Test]
    public void A_plan_that_stops_wuauserv_first_fails_and_shows_the_plan()
    {
        var wrong = new FixPlan { Steps = [Stop("wuauserv"), Stop("UsoSvc")] };

        Assert.That(() => PlanAssert.StopsInOrder(wrong, "UsoSvc", "wuauserv"), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("expected 'stop wuauserv' after 'stop UsoSvc', but the plan has it before")
            .And.Message.Contains("1. stop wuauserv")
            .And.Message.Contains("2. stop UsoSvc"));
    }

    [Test]
    public void A_step_the_plan_lacks_is_named()
    {
        Assert.That(() => PlanAssert.InOrder(Reset, Stop("CryptSvc")), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("expected the plan to stop CryptSvc"));
        Assert.That(() => PlanAssert.Contains(Reset, StartType("wuauserv", ServiceStartType.Manual)), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("make wuauserv start Manual"));
    }

    [Test]
    public void A_plan_that_renames_and_runs_nothing_on_the_folder_renames_without_deleting()
    {
        Assert.That(() => PlanAssert.RenamesWithoutDeleting(Reset, SoftwareDistribution), Throws.Nothing);
    }

    [Test]
    public void A_plan_that_deletes_the_moved_folder_or_never_renames_it_fails()
    {
        var deleting = Reset with { Steps = [.. Reset.Steps, Run(@"%SystemRoot%\System32\cmd.exe", "/c", "rd", "/s", "/q", @"%SystemRoot%\SoftwareDistribution.bak")] };

        Assert.That(() => PlanAssert.RenamesWithoutDeleting(deleting, SoftwareDistribution), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("cmd.exe /c rd /s /q"));
        Assert.That(() => PlanAssert.RenamesWithoutDeleting(Health, SoftwareDistribution), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("expected the plan to rename"));
    }

    [Test]
    public void A_plan_with_an_irreversible_step_is_told_from_one_that_can_be_undone()
    {
        Assert.That(() => PlanAssert.HasIrreversibleStep(Health), Throws.Nothing);
        Assert.That(() => PlanAssert.IsReversible(Reset), Throws.Nothing);
        Assert.That(() => PlanAssert.IsReversible(Health), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("sfc.exe /scannow (cannot be undone)"));
        Assert.That(() => PlanAssert.HasIrreversibleStep(Reset), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("every step can be"));
    }

    [Test]
    public void An_empty_plan_is_told_from_one_with_steps()
    {
        Assert.That(() => PlanAssert.IsEmpty(FixPlan.Nothing), Throws.Nothing);
        Assert.That(() => PlanAssert.IsEmpty(Health), Throws.TypeOf<AssertionFailedException>().With.Message.Contains("1. run"));
    }
}
