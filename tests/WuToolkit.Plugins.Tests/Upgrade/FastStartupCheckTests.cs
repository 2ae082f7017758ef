using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class FastStartupCheckTests
{
    private const string Power = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";

    private static TestPc Pc(string data, string kind = "REG_DWORD") =>
        CheckHarness.EmptyPc with { Registry = [new() { Key = Power, Name = "HiberbootEnabled", Kind = kind, Data = data }] };

    [Test]
    public async Task Fast_startup_on_warns_with_the_fix_that_turns_it_off()
    {
        var result = await CheckHarness.RunAsync(new FastStartupCheck(), Pc("1"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("Restart"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "upgrade.disable-fast-startup" }));
        Assert.That(result.Evidence("hiberbootEnabled"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Fast_startup_off_passes()
    {
        var result = await CheckHarness.RunAsync(new FastStartupCheck(), Pc("0"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task An_absent_value_passes_as_off()
    {
        var pc = CheckHarness.EmptyPc with { AbsentRegistryValues = [(Power, "HiberbootEnabled")] };

        var result = await CheckHarness.RunAsync(new FastStartupCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("hiberbootEnabled"), Is.EqualTo("not set"));
    }

    [TestCase("2", "REG_DWORD")]
    [TestCase("1", "REG_SZ")]
    public async Task A_value_outside_the_documented_ones_is_skipped(string data, string kind)
    {
        var result = await CheckHarness.RunAsync(new FastStartupCheck(), Pc(data, kind));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Skipped));
    }

    [Test]
    public async Task A_healthy_PC_with_fast_startup_on_by_default_warns_but_never_fails()
    {
        // Fast startup is Windows' default on a Home laptop: worth a note for the upgrade, never a failure.
        var result = await CheckHarness.RunAsync(new FastStartupCheck(), Pc("1"));

        Assert.That(result.Status, Is.Not.EqualTo(CheckStatus.Fail));
    }

    [Test]
    public async Task A_snapshot_without_the_value_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new FastStartupCheck(), CheckHarness.EmptyPc));
    }
}
