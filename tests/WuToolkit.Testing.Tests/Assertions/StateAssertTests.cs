using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Assertions;

public class StateAssertTests
{
    [Test]
    public async Task Different_states_fail_listing_what_was_expected_and_what_was_found()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;
        await RunAsync(pc, Rename(Catroot2, "catroot2.bak"));

        Assert.That(() => StateAssert.AreEqual(before, pc.State), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("- folder " + Catroot2 + ":")
            .And.Message.Contains("+ folder " + Catroot2 + ".bak:"));
    }

    [Test]
    public void Equal_states_pass()
    {
        Assert.That(() => StateAssert.AreEqual(new SimulatedPc(UpdatePc).State, new SimulatedPc(UpdatePc).State), Throws.Nothing);
    }
}
