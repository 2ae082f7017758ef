using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Processors;

namespace WuToolkit.Plugins.Tests.Upgrade;

/// <summary>The support table: each kind of row on its own, then real processors through the whole table.</summary>
public class SupportedProcessorsTests
{
    private static ProcessorInfo Intel(string name, int? family, int? model, int? stepping) =>
        new() { Name = name, Manufacturer = "GenuineIntel", Architecture = "x64", Family = family, Model = model, Stepping = stepping, LogicalProcessors = 8 };

    private static ProcessorInfo Amd(string name, int? family, int? model) =>
        new() { Name = name, Manufacturer = "AuthenticAMD", Architecture = "x64", Family = family, Model = model, Stepping = 1, LogicalProcessors = 8 };

    private static ProcessorInfo Qualcomm(string name) =>
        new() { Name = name, Manufacturer = "Qualcomm Technologies Inc", Architecture = "arm64", LogicalProcessors = 8 };

    // --- CPUID rows ---

    [Test]
    public void A_CPUID_row_covers_its_family_and_model_range()
    {
        var rule = new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = new(0, 95), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelBefore8thGeneration };

        Assert.That(rule.Covers(Intel("x", 6, 94, 3), ProcessorVendor.Intel), Is.True);
        Assert.That(rule.Covers(Intel("x", 6, 95, 3), ProcessorVendor.Intel), Is.True);
        Assert.That(rule.Covers(Intel("x", 6, 96, 3), ProcessorVendor.Intel), Is.False);
        Assert.That(rule.Covers(Intel("x", 15, 4, 3), ProcessorVendor.Intel), Is.False);
        Assert.That(rule.Covers(Intel("x", 6, 94, 3), ProcessorVendor.Amd), Is.False, "another maker's numbering");
    }

    [Test]
    public void A_CPUID_row_cannot_tell_without_the_numbers_it_compares()
    {
        var rule = new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = new(0, 95), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelBefore8thGeneration };

        Assert.That(rule.Covers(Intel("x", null, 94, 3), ProcessorVendor.Intel), Is.Null);
        Assert.That(rule.Covers(Intel("x", 6, null, 3), ProcessorVendor.Intel), Is.Null);
        Assert.That(rule.Covers(Intel("x", 15, null, null), ProcessorVendor.Intel), Is.False, "a family outside decides without a model");
    }

    [Test]
    public void A_CPUID_row_with_a_stepping_needs_it_only_when_the_model_matches()
    {
        var rule = new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = CpuidRange.Exactly(142), Stepping = CpuidRange.Exactly(9), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelKabyLake };

        Assert.That(rule.Covers(Intel("i5-7200U", 6, 142, 9), ProcessorVendor.Intel), Is.True);
        Assert.That(rule.Covers(Intel("i5-8250U", 6, 142, 10), ProcessorVendor.Intel), Is.False);
        Assert.That(rule.Covers(Intel("?", 6, 142, null), ProcessorVendor.Intel), Is.Null);
        Assert.That(rule.Covers(Intel("?", 6, 158, null), ProcessorVendor.Intel), Is.False, "another model decides without a stepping");
    }

    // --- name rows ---

    [Test]
    public void A_name_row_ignores_trademark_signs_spacing_and_case()
    {
        var rule = new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = new Regex(@"\bSnapdragon\s+850\b", RegexOptions.IgnoreCase), Support = ProcessorSupport.Supported, Group = ProcessorGroup.Snapdragon850 };

        Assert.That(rule.Covers(Qualcomm("Snapdragon (TM) 850 @ 2.96 GHz"), ProcessorVendor.Qualcomm), Is.True);
        Assert.That(rule.Covers(Qualcomm("SNAPDRAGON™  850"), ProcessorVendor.Qualcomm), Is.True);
        Assert.That(rule.Covers(Qualcomm("Snapdragon (TM) 8505"), ProcessorVendor.Qualcomm), Is.False);
        Assert.That(rule.Covers(Qualcomm("Snapdragon 850"), ProcessorVendor.Intel), Is.False, "the row is about one maker");
    }

    [Test]
    public void A_name_row_never_needs_more_facts()
    {
        var rule = SupportedProcessors.Rules.OfType<NameRule>().First();
        Assert.That(rule.Covers(Intel("Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", null, null, null), ProcessorVendor.Intel), Is.False);
    }

    [TestCase("Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", "Intel Core i5-10400 CPU @ 2.90GHz")]
    [TestCase("Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU", "Snapdragon X Elite - X1E78100 - Qualcomm Oryon CPU")]
    [TestCase("  AMD Ryzen™ 5 3600   6-Core Processor ", "AMD Ryzen 5 3600 6-Core Processor")]
    public void Names_read_plain(string name, string plain) => Assert.That(NameRule.Plain(name), Is.EqualTo(plain));

    // --- the table, top to bottom ---

    private static IEnumerable<TestCaseData> KnownProcessors()
    {
        // Intel: 8th generation and later by model, older ones refused, Kaby Lake by stepping, the exceptions by name.
        yield return Case(Intel("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", 6, 142, 10), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", 6, 165, 3), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("12th Gen Intel(R) Core(TM) i7-12700", 6, 151, 2), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("Intel(R) Core(TM) Ultra 7 155H", 6, 170, 4), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("Intel(R) Pentium(R) Silver N5000 CPU @ 1.10GHz", 6, 122, 1), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("Intel(R) Core(TM) i7-6700HQ CPU @ 2.60GHz", 6, 94, 3), "Unsupported", "IntelBefore8thGeneration");
        yield return Case(Intel("Intel(R) Core(TM) i3-6006U CPU @ 2.00GHz", 6, 78, 3), "Unsupported", "IntelBefore8thGeneration");
        yield return Case(Intel("Intel(R) Celeron(R) CPU N3350 @ 1.10GHz", 6, 92, 9), "Unsupported", "IntelBefore8thGeneration");
        yield return Case(Intel("Intel(R) Core(TM)2 Duo CPU E8400 @ 3.00GHz", 6, 23, 10), "Unsupported", "IntelBefore8thGeneration");
        yield return Case(Intel("Intel(R) Core(TM) i7-7700K CPU @ 4.20GHz", 6, 158, 9), "Unsupported", "IntelKabyLake");
        yield return Case(Intel("Intel(R) Core(TM) i5-7200U CPU @ 2.50GHz", 6, 142, 9), "Unsupported", "IntelKabyLake");
        yield return Case(Intel("Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz", 6, 158, 10), "Supported", "Intel8thGenerationOrLater");
        yield return Case(Intel("Intel(R) Core(TM) i5-8200Y CPU @ 1.30GHz", 6, 142, 9), "Supported", "IntelAmberLake");
        yield return Case(Intel("Intel(R) Core(TM) i7-7820HQ CPU @ 2.90GHz", 6, 158, 9), "DependsOnPc", "IntelCoreI77820HQ");
        yield return Case(Intel("Intel(R) Core(TM) i9-7900X CPU @ 3.30GHz", 6, 85, 4), "Supported", "IntelModel85");
        yield return Case(Intel("Intel(R) Pentium(R) 4 CPU 3.00GHz", 15, 4, 1), "Unsupported", "IntelOldFamily");
        yield return Case(Intel("Intel(R) Core(TM) Ultra 5 (a future family)", 18, 1, 0), "Supported", "IntelNewerFamily");

        // AMD: Zen+ and later, first Zen and older refused.
        yield return Case(Amd("AMD Ryzen 5 2600 Six-Core Processor", 23, 8), "Supported", "AmdZenPlusOrLater");
        yield return Case(Amd("AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx", 23, 24), "Supported", "AmdZenPlusOrLater");
        yield return Case(Amd("AMD Ryzen 7 5800X 8-Core Processor", 25, 33), "Supported", "AmdZenPlusOrLater");
        yield return Case(Amd("AMD Ryzen 9 9950X 16-Core Processor", 26, 68), "Supported", "AmdZenPlusOrLater");
        yield return Case(Amd("AMD Ryzen 7 1700 Eight-Core Processor", 23, 1), "Unsupported", "AmdZenSummitRidge");
        yield return Case(Amd("AMD Ryzen 5 2500U with Radeon Vega Mobile Gfx", 23, 17), "Unsupported", "AmdZenRavenRidge");
        yield return Case(Amd("AMD FX(tm)-8350 Eight-Core Processor", 21, 2), "Unsupported", "AmdBeforeZen");

        // Qualcomm by name, in the forms Windows reports.
        yield return Case(Qualcomm("Snapdragon (TM) 7c @ 2.40 GHz"), "Supported", "Snapdragon7c8c8cx");
        yield return Case(Qualcomm("Snapdragon (TM) 7c Gen 2 @ 2.55 GHz"), "Supported", "Snapdragon7c8c8cx");
        yield return Case(Qualcomm("Snapdragon (TM) 7c+ Gen 3 @ 2.4 GHz"), "Supported", "Snapdragon7c8c8cx");
        yield return Case(Qualcomm("Snapdragon (TM) 8c @ 2.45 GHz"), "Supported", "Snapdragon7c8c8cx");
        yield return Case(Qualcomm("Snapdragon (TM) 8cx Gen 3 @ 3.0 GHz"), "Supported", "Snapdragon7c8c8cx");
        yield return Case(Qualcomm("Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU"), "Supported", "SnapdragonX");
        yield return Case(Qualcomm("Snapdragon(R) X Plus - X1P42100 - Qualcomm(R) Oryon(TM) CPU"), "Supported", "SnapdragonX");
        yield return Case(Qualcomm("Snapdragon(R) X - X126100 - Qualcomm(R) Oryon(TM) CPU"), "Supported", "SnapdragonX");
        yield return Case(Qualcomm("Microsoft SQ2 @ 3.15 GHz"), "Supported", "MicrosoftSq");
        yield return Case(Qualcomm("Snapdragon (TM) 850 @ 2.96 GHz"), "Supported", "Snapdragon850");
        yield return Case(Qualcomm("Snapdragon (TM) 835 @ 2.21 GHz"), "Unsupported", "Snapdragon835");
    }

    // Verdicts by name: the table's types are the plugin's own, not part of any public surface.
    private static TestCaseData Case(ProcessorInfo processor, string support, string group) =>
        new TestCaseData(processor, support, group).SetArgDisplayNames(processor.Name);

    [TestCaseSource(nameof(KnownProcessors))]
    public void Known_processors_get_Microsofts_verdict(ProcessorInfo processor, string support, string group)
    {
        var judgement = SupportedProcessors.Judge(processor);
        Assert.That((judgement.Support.ToString(), judgement.Group.ToString()), Is.EqualTo((support, group)));
    }

    [Test]
    public void A_processor_without_family_and_model_is_unknown_rather_than_refused()
    {
        var judgement = SupportedProcessors.Judge(Intel("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", null, null, null));
        Assert.That(judgement, Is.EqualTo(new ProcessorJudgement(ProcessorSupport.Unknown, null)));
    }

    [Test]
    public void A_Kaby_Lake_model_without_its_stepping_is_unknown()
    {
        var judgement = SupportedProcessors.Judge(Intel("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", 6, 142, null));
        Assert.That(judgement.Support, Is.EqualTo(ProcessorSupport.Unknown));
    }

    [TestCase("HygonGenuine", "Hygon C86 3185 8-core Processor", "x64")]
    [TestCase("Apple", "Apple Silicon", "arm64")]
    [TestCase("Qualcomm Technologies Inc", "Snapdragon Compute Platform", "arm64")]
    public void Makers_and_names_the_lists_do_not_cover_are_unknown(string manufacturer, string name, string architecture)
    {
        var processor = new ProcessorInfo { Name = name, Manufacturer = manufacturer, Architecture = architecture, Family = 24, Model = 1, LogicalProcessors = 8 };
        Assert.That(SupportedProcessors.Judge(processor).Support, Is.EqualTo(ProcessorSupport.Unknown));
    }

    [Test]
    public void The_maker_comes_from_the_name_when_the_machine_recorded_no_vendor_string()
    {
        var processor = new ProcessorInfo { Name = "AMD Ryzen 5 3600 6-Core Processor", Architecture = "x64", Family = 23, Model = 113, LogicalProcessors = 12 };
        Assert.That(SupportedProcessors.Judge(processor).Support, Is.EqualTo(ProcessorSupport.Supported));
    }
}
