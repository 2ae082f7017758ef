using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Testing.Tests.Pcs;
using static WuToolkit.Testing.Tests.Simulation.Steps;

namespace WuToolkit.Testing.Tests.Simulation;

public class RegistryStepTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Setting_a_value_changes_the_value_and_its_key_and_undoing_restores_the_data_before()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;

        var (prepared, outcome) = await RunAsync(pc, Set(PowerKey, "HiberbootEnabled", "0"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Done));
        Assert.That(prepared.RegistryValue!.Data, Is.EqualTo("1"));
        Assert.That((await pc.Registry.GetValueAsync(PowerKey, "hiberbootenabled", None))!.Data, Is.EqualTo("0"));
        Assert.That((await pc.Registry.GetValuesAsync(PowerKey, None))!.Single().Data, Is.EqualTo("0"));

        Assert.That((await pc.UndoAsync(prepared, None)).Status, Is.EqualTo(StepStatus.Done));
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task Setting_data_that_is_there_already_is_unchanged()
    {
        var pc = new SimulatedPc(UpdatePc);

        var (_, outcome) = await RunAsync(pc, Set(PowerKey, "HiberbootEnabled", "1"));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Unchanged));
    }

    [Test]
    public async Task A_value_that_did_not_exist_is_deleted_again_by_undoing()
    {
        var pc = new SimulatedPc(UpdatePc);
        var (prepared, _) = await RunAsync(pc, Set(PowerKey, "HibernateEnabled", "0"));

        Assert.That(prepared.Existed, Is.False);
        Assert.That(await pc.Registry.GetValuesAsync(PowerKey, None), Has.Count.EqualTo(2));

        await pc.UndoAsync(prepared, None);

        Assert.That(await pc.Registry.GetValueAsync(PowerKey, "HibernateEnabled", None), Is.Null);
        Assert.That(await pc.Registry.GetValuesAsync(PowerKey, None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_key_the_step_created_is_gone_again_after_undoing()
    {
        var pc = new SimulatedPc(UpdatePc);
        var before = pc.State;
        var (prepared, _) = await RunAsync(pc, Set(PolicyKey, "DisableDualScan", "1"));

        Assert.That(prepared.RegistryKeyExisted, Is.False);
        Assert.That((await pc.Registry.GetValuesAsync(PolicyKey, None))!.Single().Name, Is.EqualTo("DisableDualScan"));

        await pc.UndoAsync(prepared, None);

        Assert.That(await pc.Registry.GetValuesAsync(PolicyKey, None), Is.Null);
        StateAssert.AreEqual(before, pc.State);
    }

    [Test]
    public async Task A_value_the_pc_was_never_told_about_is_a_mistake_in_the_test()
    {
        var pc = new SimulatedPc(TestPc.Empty);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => pc.PrepareAsync(Set(PowerKey, "HiberbootEnabled", "0"), None));

        Assert.That(ex!.Message, Does.Contain("HiberbootEnabled").And.Contain("AbsentRegistryValues"));
    }
}
