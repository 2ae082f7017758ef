using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>/proc/cpuinfo as Linux writes it on an Intel laptop, an old AMD desktop and an ARM64 server (recorded texts in
/// CpuInfo/), read into the facts the upgrade requirements judge; and this machine's own file.</summary>
public class CpuInfoTests
{
    private static string Recorded(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "WuToolkit.Host.Tests", "Machines", "CpuInfo", name));

    [Test]
    public void An_intel_laptop_with_two_cores_and_four_threads()
    {
        var processor = CpuInfo.Parse(Recorded("intel-core-i3-7100u.txt"), "x64", fallbackLogicalProcessors: 99);

        Assert.That(processor, Is.EqualTo(new ProcessorInfo
        {
            Name = "Intel(R) Core(TM) i3-7100U CPU @ 2.40GHz",
            Manufacturer = "GenuineIntel",
            Architecture = "x64",
            Family = 6,
            Model = 142,
            Stepping = 9,
            Cores = 2,
            LogicalProcessors = 4,
            MaxClockMHz = 2400,
            Features = processor.Features,
        }));
        Assert.That(processor.Features, Is.EqualTo(new[]
        {
            "sse", "sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx8", "cx16", "lahf", "prefetchw", "nx", "pae",
            "avx", "avx2", "aes", "pclmulqdq", "bmi1", "bmi2", "fma", "movbe", "rdrand", "xsave",
        }));
    }

    [Test]
    public void An_old_amd_desktop_without_sse4_2_and_with_the_clock_from_cpufreq()
    {
        var processor = CpuInfo.Parse(Recorded("amd-phenom-ii-x2-555.txt"), "x64", fallbackLogicalProcessors: 99, maxFrequencyKHz: "3200000\n");

        Assert.That(processor.Name, Is.EqualTo("AMD Phenom(tm) II X2 555 Processor"));
        Assert.That(processor.Manufacturer, Is.EqualTo("AuthenticAMD"));
        Assert.That((processor.Family, processor.Model, processor.Stepping), Is.EqualTo((16, 4, 3)));
        Assert.That((processor.Cores, processor.LogicalProcessors), Is.EqualTo((2, 2)));
        Assert.That(processor.MaxClockMHz, Is.EqualTo(3200));
        Assert.That(processor.Features, Is.EqualTo(new[] { "sse", "sse2", "sse3", "popcnt", "cx8", "cx16", "lahf", "prefetchw", "nx", "pae" }));
        Assert.That(processor.Features, Does.Not.Contain("sse4.2").And.Not.Contain("sse4.1").And.Not.Contain("ssse3"));
    }

    [Test]
    public void An_arm64_server_reports_its_implementer_part_and_features()
    {
        var processor = CpuInfo.Parse(Recorded("arm64-neoverse-n1.txt"), "arm64", fallbackLogicalProcessors: 99);

        Assert.That(processor.Name, Is.EqualTo("ARM CPU part 0xd0c"));
        Assert.That(processor.Manufacturer, Is.EqualTo("ARM"));
        Assert.That(processor.Architecture, Is.EqualTo("arm64"));
        Assert.That((processor.Family, processor.Model, processor.Stepping), Is.EqualTo((8, 0xd0c, 1)), "as Windows on ARM numbers them: architecture, part, revision");
        Assert.That(processor.Cores, Is.Null, "ARM's cpuinfo does not tell cores from threads");
        Assert.That(processor.LogicalProcessors, Is.EqualTo(4));
        Assert.That(processor.MaxClockMHz, Is.Null);
        Assert.That(processor.Features, Does.Contain("atomics").And.Contain("crc32").And.Contain("asimd").And.Contain("aes"));
        Assert.That(processor.Features, Has.None.Contains("_").And.All.Matches<string>(feature => string.Equals(feature, feature!.ToLowerInvariant(), StringComparison.Ordinal)));
    }

    [Test]
    public void Cores_of_every_socket_are_added_up()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 4).Select(index =>
            $"processor\t: {index}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU E5-2620 v4 @ 2.10GHz\nphysical id\t: {index / 2}\ncpu cores\t: 8\nflags\t\t: sse4_2 popcnt"));

        var processor = CpuInfo.Parse(text, "x64", fallbackLogicalProcessors: 99);

        Assert.That(processor.Cores, Is.EqualTo(16));
        Assert.That(processor.LogicalProcessors, Is.EqualTo(4));
        Assert.That(processor.MaxClockMHz, Is.EqualTo(2100));
    }

    [Test]
    public void Windows_line_endings_read_the_same()
    {
        var text = Recorded("intel-core-i3-7100u.txt");

        Assert.That(CpuInfo.Parse(text.ReplaceLineEndings("\r\n"), "x64", 1), Is.EqualTo(CpuInfo.Parse(text.ReplaceLineEndings("\n"), "x64", 1)).Using<ProcessorInfo>(Same));
    }

    [TestCase("")]
    [TestCase("garbage without colons\n\n\n")]
    [TestCase("processor\t:\nflags\t: \n")]
    public void A_file_with_nothing_useful_still_answers_with_what_is_known(string text)
    {
        var processor = CpuInfo.Parse(text, "x64", fallbackLogicalProcessors: 3);

        Assert.That(processor.Name, Is.EqualTo("x64"));
        Assert.That(processor.LogicalProcessors, Is.InRange(1, 3));
        Assert.That(processor.Features, Is.Empty);
        Assert.That((processor.Family, processor.Model, processor.Cores, processor.MaxClockMHz), Is.EqualTo(((int?)null, (int?)null, (int?)null, (int?)null)));
    }

    [TestCase("abc")]
    [TestCase("-5")]
    [TestCase("")]
    public void A_clock_file_that_is_not_a_number_leaves_the_clock_unknown(string maxFrequency)
    {
        var processor = CpuInfo.Parse("processor\t: 0\nmodel name\t: AMD EPYC\n", "x64", 1, maxFrequency);

        Assert.That(processor.MaxClockMHz, Is.Null);
    }

    [Test]
    public async Task On_linux_the_portable_machine_answers_from_this_machines_own_file()
    {
        Assume.That(OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo"), "Linux's /proc/cpuinfo");
        using var machine = new PortableMachine(TimeProvider.System, TimeSpan.FromSeconds(5));

        var processor = await machine.System.GetProcessorAsync(CancellationToken.None);

        Assert.That(processor.Name, Is.Not.Empty);
        Assert.That(processor.LogicalProcessors, Is.InRange(1, 65_536));
        Assert.That(processor.Architecture, Is.EqualTo(PortableSystem.Architecture(System.Runtime.InteropServices.RuntimeInformation.OSArchitecture)));
        if (processor.Architecture == "x64")
        {
            Assert.That(processor.Features, Does.Contain("sse2"), "every x64 processor has SSE2");
        }
    }

    private static bool Same(ProcessorInfo left, ProcessorInfo right) =>
        left with { Features = [] } == right with { Features = [] } && left.Features.SequenceEqual(right.Features);
}
