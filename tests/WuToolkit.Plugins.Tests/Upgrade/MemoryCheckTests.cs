using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class MemoryCheckTests
{
    private const long GiB = 1024L * 1024 * 1024;

    private static TestPc Pc(long memoryBytes, string architecture, string processor = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz") =>
        CheckHarness.EmptyPc with { Hardware = new HardwareInfo { MemoryBytes = memoryBytes, ProcessorName = processor, LogicalProcessors = 8, Architecture = architecture } };

    [Test]
    public async Task Eight_GiB_on_x64_passes()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(8 * GiB, "x64"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("memoryGiB"), Is.EqualTo("8.0"));
        Assert.That(result.Evidence("minimumMemoryGiB"), Is.EqualTo("4"));
        Assert.That(result.Evidence("architecture"), Is.EqualTo("x64"));
    }

    [Test]
    public async Task Exactly_four_GiB_on_arm64_passes()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(4 * GiB, "arm64", "Snapdragon (TM) 8cx Gen 3 @ 3.0 GHz"));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Less_than_four_GiB_fails()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(3 * GiB, "x64"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("3.0 GiB").And.Contain("4 GiB"));
    }

    [Test]
    public async Task A_32_bit_PC_fails_and_every_unmet_requirement_is_named()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(2 * GiB, "x86", "Intel(R) Atom(TM) CPU Z3735F @ 1.33GHz"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("2.0 GiB").And.Contain("x86").And.Contain("64-bit"));
    }

    [Test]
    public async Task Windows_10_needs_2_GiB_on_64_bit()
    {
        var enough = await CheckHarness.RunAsync(new MemoryCheck(), Pc(2 * GiB, "x64"), (UpgradeTargetSetting.Key, "windows10"));
        var short_ = await CheckHarness.RunAsync(new MemoryCheck(), Pc(GiB + GiB / 2, "x64"), (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(enough.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(enough.Summary, Does.Contain("Windows 10"));
        Assert.That(short_.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(short_.Summary, Does.Contain("1.5 GiB").And.Contain("2 GiB"));
    }

    [Test]
    public async Task Windows_10_runs_on_a_32_bit_PC_with_1_GiB()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(GiB, "x86", "Intel(R) Atom(TM) CPU Z3735F @ 1.33GHz"), (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("minimumMemoryGiB"), Is.EqualTo("1"));
    }

    [Test]
    public async Task An_architecture_Windows_does_not_run_on_fails_for_Windows_10_too()
    {
        var result = await CheckHarness.RunAsync(new MemoryCheck(), Pc(8 * GiB, "Arm"), (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("Arm"));
    }

    [Test]
    public async Task A_snapshot_without_hardware_facts_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new MemoryCheck(), CheckHarness.EmptyPc));
    }
}
