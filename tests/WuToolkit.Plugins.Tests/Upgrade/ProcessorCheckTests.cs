using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class ProcessorCheckTests
{
    private static readonly (string, string) Windows10 = (UpgradeTargetSetting.Key, "windows10");

    private static readonly string[] AllX64 = ["sse2", "sse4.1", "sse4.2", "popcnt", "cx16", "lahf", "prefetchw", "nx"];

    /// <summary>An i5-8250U laptop: 4 cores at 1.8 GHz, every instruction Windows 11 24H2 needs.</summary>
    private static ProcessorInfo Coffee => new()
    {
        Name = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz",
        Manufacturer = "GenuineIntel",
        Architecture = "x64",
        Family = 6,
        Model = 142,
        Stepping = 10,
        Cores = 4,
        LogicalProcessors = 8,
        MaxClockMHz = 1800,
        Features = AllX64,
    };

    /// <summary>A Skylake i7-6700HQ: able to run Windows 11 but not on Microsoft's lists.</summary>
    private static ProcessorInfo Skylake => Coffee with { Name = "Intel(R) Core(TM) i7-6700HQ CPU @ 2.60GHz", Model = 94, Stepping = 3, MaxClockMHz = 2600 };

    /// <summary>A Core 2 Quad: no SSE4.2 or POPCNT.</summary>
    private static ProcessorInfo Core2 => Coffee with
    {
        Name = "Intel(R) Core(TM)2 Quad CPU Q9400 @ 2.66GHz",
        Model = 23,
        Stepping = 10,
        MaxClockMHz = 2666,
        Features = ["sse2", "sse4.1", "cx16", "lahf", "nx"],
    };

    private static ProcessorInfo Snapdragon => new()
    {
        Name = "Snapdragon (TM) 7c Gen 2 @ 2.55 GHz",
        Manufacturer = "Qualcomm Technologies Inc",
        Architecture = "arm64",
        Cores = 8,
        LogicalProcessors = 8,
        MaxClockMHz = 2550,
    };

    private static TestPc Pc(ProcessorInfo processor) => CheckHarness.EmptyPc with { Processor = processor };

    [Test]
    public async Task An_8th_generation_Intel_with_every_instruction_passes()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Intel Core i5-8250U").And.Contain("Intel 8th generation or later").And.Contain("Windows 11"));
        Assert.That(result.Evidence("support"), Is.EqualTo("supported"));
        Assert.That(result.Evidence("supportRule"), Is.EqualTo("Intel 8th generation or later"));
        Assert.That(result.Evidence("family"), Is.EqualTo("6"));
        Assert.That(result.Evidence("model"), Is.EqualTo("142"));
        Assert.That(result.Evidence("stepping"), Is.EqualTo("10"));
    }

    [Test]
    public async Task A_capable_processor_off_the_lists_fails_and_names_the_bypass_honestly()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Skylake));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("i7-6700HQ").And.Contain("Intel before the 8th generation").And.Contain("not on Microsoft's list"));
        Assert.That(result.Summary, Does.Contain("AllowUpgradesWithUnsupportedTPMOrCPU").And.Contain("unsupported").And.Contain("no fix"));
        Assert.That(result.FixIds, Is.Empty, "the registry bypass is not offered as a fix");
        Assert.That(result.Evidence("support"), Is.EqualTo("not supported"));
    }

    [Test]
    public async Task A_processor_without_SSE4_2_and_POPCNT_fails_because_24H2_does_not_start_and_no_bypass_is_mentioned()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Core2));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("lacks SSE4.2, POPCNT").And.Contain("24H2").And.Contain("does not even start"));
        Assert.That(result.Summary, Does.Not.Contain("AllowUpgradesWithUnsupportedTPMOrCPU"));
        Assert.That(result.Evidence("features"), Does.Not.Contain("popcnt"));
    }

    [Test]
    public async Task A_processor_without_the_64_bit_instructions_fails_for_Windows_10()
    {
        var athlon = Core2 with { Name = "AMD Athlon(tm) 64 X2 Dual Core Processor 4200+", Manufacturer = "AuthenticAMD", Family = 15, Model = 43, Features = ["sse2", "nx", "prefetchw"] };
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(athlon), Windows10);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("lacks CMPXCHG16b, LAHF/SAHF").And.Contain("64-bit Windows 10"));
        Assert.That(result.Summary, Does.Not.Contain("SSE4.2"), "Windows 10 does not need it");
    }

    [Test]
    public async Task An_Intel_processor_that_does_not_announce_PrefetchW_is_not_failed_for_it()
    {
        // Intel before Broadwell runs PREFETCHW without the CPUID flag, and 64-bit Windows runs there.
        var haswell = Core2 with { Name = "Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz", Model = 60, Stepping = 3, Features = ["sse4.2", "popcnt", "cx16", "lahf"] };
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(haswell), Windows10);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Windows_10_takes_a_processor_off_the_Windows_11_lists()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Core2), Windows10);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows 10"));
        Assert.That(result.Evidence("target"), Is.EqualTo("Windows 10"));
    }

    [Test]
    public async Task A_32_bit_PC_fails_for_Windows_11_with_the_clean_installation_it_takes()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Architecture = "x86" }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("32-bit (x86)").And.Contain("clean installation"));
    }

    [Test]
    public async Task A_32_bit_PC_is_fine_for_Windows_10()
    {
        var atom = new ProcessorInfo { Name = "Intel(R) Atom(TM) CPU Z3735F @ 1.33GHz", Manufacturer = "GenuineIntel", Architecture = "x86", Family = 6, Model = 55, Cores = 4, LogicalProcessors = 4, MaxClockMHz = 1330, Features = ["sse2", "nx"] };
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(atom), Windows10);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task One_core_fails_for_Windows_11_but_not_for_Windows_10()
    {
        var single = Coffee with { Name = "Intel(R) Celeron(R) CPU G4900 @ 3.10GHz", Cores = 1, LogicalProcessors = 1 };

        var windows11 = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(single));
        var windows10 = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(single), Windows10);

        Assert.That(windows11.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(windows11.Summary, Does.Contain("1 core(s)").And.Contain("at least 2"));
        Assert.That(windows10.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task Logical_processors_stand_in_for_unknown_cores()
    {
        var twoThreads = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Cores = null, LogicalProcessors = 2 }));
        var oneThread = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Cores = null, LogicalProcessors = 1 }));

        Assert.That(twoThreads.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(oneThread.Status, Is.EqualTo(CheckStatus.Fail));
    }

    [Test]
    public async Task A_clock_under_1_GHz_fails()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { MaxClockMHz = 800 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("0.8 GHz").And.Contain("1.0 GHz or faster"));
    }

    [Test]
    public async Task An_unknown_clock_warns()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { MaxClockMHz = null }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("maxClockMHz"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task A_processor_without_family_and_model_warns_instead_of_failing()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Family = null, Model = null, Stepping = null }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("Cannot tell").And.Contain("family, model or stepping").And.Contain("windows-processor-requirements"));
        Assert.That(result.Evidence("support"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task Unknown_instructions_warn_unless_the_processor_is_on_the_lists()
    {
        var listed = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Features = [] }));
        var unlisted = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Family = null, Model = null, Features = [] }));

        Assert.That(listed.Status, Is.EqualTo(CheckStatus.Pass), "every listed processor has them");
        Assert.That(unlisted.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(unlisted.Summary, Does.Contain("SSE4.2").And.Contain("POPCNT"));
        Assert.That(listed.Evidence("features"), Is.EqualTo("unknown"));
    }

    [Test]
    public async Task A_processor_supported_only_in_some_PCs_warns()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Name = "Intel(R) Core(TM) i7-7820HQ CPU @ 2.90GHz", Model = 158, Stepping = 9 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("only in some PCs").And.Contain("PC Health Check"));
    }

    [Test]
    public async Task An_unknown_architecture_warns_and_a_foreign_one_fails()
    {
        var unknown = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Architecture = "" }));
        var foreign = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee with { Architecture = "RiscV64" }));

        Assert.That(unknown.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(foreign.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(foreign.Summary, Does.Contain("RiscV64"));
    }

    [Test]
    public async Task A_Snapdragon_laptop_passes_without_x86_instructions()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Snapdragon));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Snapdragon 7c Gen 2").And.Contain("Qualcomm Snapdragon 7c, 8c or 8cx"));
    }

    [Test]
    public async Task A_Snapdragon_835_fails()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Snapdragon with { Name = "Snapdragon (TM) 835 @ 2.21 GHz" }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("ARMv8.1"));
    }

    [Test]
    public async Task Every_unmet_requirement_is_named_at_once()
    {
        var result = await CheckHarness.RunAsync(new ProcessorCheck(), Pc(Core2 with { Cores = 1, LogicalProcessors = 1, MaxClockMHz = 900 }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("not on Microsoft's list").And.Contain("1 core(s)").And.Contain("0.9 GHz").And.Contain("SSE4.2"));
    }

    [Test]
    public async Task A_target_the_setting_does_not_know_is_refused()
    {
        await Assert.ThrowsAsync<WuToolkit.Abstractions.InvalidSettingException>(() => CheckHarness.RunAsync(new ProcessorCheck(), Pc(Coffee), (UpgradeTargetSetting.Key, "windows12")));
    }

    [Test]
    public async Task A_snapshot_without_the_processor_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ProcessorCheck(), CheckHarness.EmptyPc));
    }
}
