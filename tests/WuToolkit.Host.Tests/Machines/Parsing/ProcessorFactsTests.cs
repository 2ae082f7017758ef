using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>Processor identity and features from values real PCs report: registry identifiers, Win32_Processor
/// instances and CPUID registers.</summary>
public class ProcessorFactsTests
{
    // CPUID leaf 1 ECX and leaf 0x80000001 ECX of three processors.
    private const uint KabyLakeR = 0x7FFAFBBF;          // Core i5-8250U
    private const uint KabyLakeRExtended = 0x00000121;
    private const uint Penryn = 0x0408E3BD;             // Core 2 Duo E8400: SSE4.1, no SSE4.2 or POPCNT
    private const uint PenrynExtended = 0x00000001;
    private const uint Zen3 = 0x7ED8320B;               // Ryzen 7 5800X
    private const uint Zen3Extended = 0x75C237FF;

    [TestCase("Intel64 Family 6 Model 142 Stepping 10", 6, 142, 10)]
    [TestCase("AMD64 Family 23 Model 113 Stepping 0", 23, 113, 0)]
    [TestCase("AMD64 Family 25 Model 33 Stepping 0, AuthenticAMD", 25, 33, 0)]
    [TestCase("x86 Family 6 Model 15 Stepping 13", 6, 15, 13)]
    [TestCase("EM64T Family 6 Model 23 Stepping 10", 6, 23, 10)]
    public void An_x86_identifier_names_family_model_and_stepping_in_decimal(string identifier, int family, int model, int stepping) =>
        Assert.That(ProcessorFacts.Identity(identifier), Is.EqualTo(((int?)family, (int?)model, (int?)stepping)));

    [TestCase("ARMv8 (64-bit) Family 8 Model D0C Revision 301", 8, 0xD0C)]
    [TestCase("ARMv8 (64-bit) Family 8 Model 1 Revision 201", 8, 1)]
    [TestCase("ARMv8 (64-bit) Family 8 Model 0 Revision   0", 8, 0)]
    public void An_arm_identifier_names_its_part_in_hexadecimal_and_no_stepping(string identifier, int family, int model) =>
        Assert.That(ProcessorFacts.Identity(identifier), Is.EqualTo(((int?)family, (int?)model, (int?)null)));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz")]
    public void A_text_without_family_and_model_names_none(string? identifier) =>
        Assert.That(ProcessorFacts.Identity(identifier), Is.Null);

    [Test]
    public void Cpuid_shows_what_windows_11_24h2_demands_on_a_recent_processor()
    {
        Assert.That(ProcessorFacts.FromCpuId(KabyLakeR, KabyLakeRExtended), Is.EquivalentTo(new[] { "cx16", "sse4.2", "popcnt", "lahf", "prefetchw" }));
        Assert.That(ProcessorFacts.FromCpuId(Zen3, Zen3Extended), Is.EquivalentTo(new[] { "cx16", "sse4.2", "popcnt", "lahf", "prefetchw" }));
    }

    [Test]
    public void Cpuid_of_a_core_2_shows_neither_sse42_nor_popcnt()
    {
        var features = ProcessorFacts.FromCpuId(Penryn, PenrynExtended).ToList();

        Assert.That(features, Does.Contain("cx16").And.Contain("lahf"));
        Assert.That(features, Does.Not.Contain("sse4.2").And.Not.Contain("popcnt"));
    }

    [Test]
    public void Windows_feature_numbers_map_to_the_sdk_names()
    {
        int[] x64 = [10, 12, 13, 14, 36, 37, 38];
        int[] arm64 = [19, 29, 30, 31, 34];

        Assert.That(ProcessorFacts.FromWindows(x64.Contains), Is.EquivalentTo(new[] { "sse2", "nx", "sse3", "cx16", "ssse3", "sse4.1", "sse4.2" }));
        Assert.That(ProcessorFacts.FromWindows(arm64.Contains), Is.EquivalentTo(new[] { "neon", "armv8", "crypto", "crc32", "atomics" }));
        Assert.That(ProcessorFacts.FromWindows(_ => false), Is.Empty);
    }

    [Test]
    public void A_laptop_is_described_from_the_registry_and_wmi()
    {
        var wmi = CimRecord.Of(
            ("Name", "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"),
            ("Manufacturer", "GenuineIntel"),
            ("Description", "Intel64 Family 6 Model 142 Stepping 10"),
            ("NumberOfCores", 4u),
            ("NumberOfLogicalProcessors", 8u),
            ("MaxClockSpeed", 1800u));
        var registry = CimRecord.Of(
            ("ProcessorNameString", "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"),
            ("VendorIdentifier", "GenuineIntel"),
            ("Identifier", "Intel64 Family 6 Model 142 Stepping 10"),
            ("~MHz", 1800));

        var processor = ProcessorFacts.Read([wmi], registry, "x64", 8, ["sse4.2", "popcnt", "sse4.2", "cx16"]);

        Assert.That(processor.Name, Is.EqualTo("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"));
        Assert.That(processor.Manufacturer, Is.EqualTo("GenuineIntel"));
        Assert.That((processor.Family, processor.Model, processor.Stepping), Is.EqualTo(((int?)6, (int?)142, (int?)10)));
        Assert.That((processor.Cores, processor.LogicalProcessors, processor.MaxClockMHz), Is.EqualTo(((int?)4, 8, (int?)1800)));
        Assert.That(processor.Features, Is.EqualTo(new[] { "cx16", "popcnt", "sse4.2" }));
    }

    [Test]
    public void The_cores_of_every_socket_are_counted()
    {
        var socket = CimRecord.Of(("Name", "Intel(R) Xeon(R) Silver 4110 CPU @ 2.10GHz"), ("NumberOfCores", 8u), ("NumberOfLogicalProcessors", 16u), ("MaxClockSpeed", 2100u));

        var processor = ProcessorFacts.Read([socket, socket], CimRecord.Of(), "x64", 32, []);

        Assert.That((processor.Cores, processor.LogicalProcessors), Is.EqualTo(((int?)16, 32)));
        Assert.That(processor.Name, Is.EqualTo("Intel(R) Xeon(R) Silver 4110 CPU @ 2.10GHz"));
        Assert.That(processor.Family, Is.Null);
    }

    [Test]
    public void Without_wmi_the_registry_still_names_the_processor_and_its_clock()
    {
        var registry = CimRecord.Of(
            ("ProcessorNameString", "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU"),
            ("VendorIdentifier", "Qualcomm Technologies Inc"),
            ("Identifier", "ARMv8 (64-bit) Family 8 Model 1 Revision 201"),
            ("~MHz", 3417));

        var processor = ProcessorFacts.Read([], registry, "arm64", 12, ["atomics", "armv8"]);

        Assert.That(processor.Architecture, Is.EqualTo("arm64"));
        Assert.That((processor.Family, processor.Model, processor.Stepping), Is.EqualTo(((int?)8, (int?)1, (int?)null)));
        Assert.That((processor.Cores, processor.LogicalProcessors, processor.MaxClockMHz), Is.EqualTo(((int?)null, 12, (int?)3417)));
        Assert.That(processor.Features, Is.EqualTo(new[] { "armv8", "atomics" }));
    }
}
