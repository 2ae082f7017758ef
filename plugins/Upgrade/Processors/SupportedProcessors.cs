using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>
/// Microsoft's rules for which processors Windows 11 supports, as a table read top to bottom (the first rule that
/// covers a processor decides). Sources: the processor lists at
/// learn.microsoft.com/windows-hardware/design/minimum/windows-processor-requirements (Intel 8th generation and later,
/// AMD Zen+ and later, Qualcomm 7c/8c/8cx/X and the Microsoft SQ chips), and the CPUID rules that Microsoft's
/// HardwareReadiness.ps1 (aka.ms/HWReadinessScript) and Windows setup apply to the same lists: Intel family 6 up to
/// model 95 is refused except model 85, Kaby Lake (models 142 and 158, stepping 9) only on certain platforms, AMD
/// before family 23 and family 23 models 1 and 17 are refused, and on ARM only chips with the ARMv8.1 atomic
/// instructions qualify. New rows go where they keep that order true.
/// </summary>
internal static partial class SupportedProcessors
{
    /// <summary>The table, in the order it is read.</summary>
    public static IReadOnlyList<ProcessorRule> Rules { get; } =
    [
        // Intel processors whose name settles what their CPUID cannot: Amber Lake Y shares Kaby Lake's model 142
        // stepping 9, and the i7-7820HQ is supported only in the PCs Microsoft lists (platform id, not read here).
        new NameRule { Vendor = ProcessorVendor.Intel, Pattern = AmberLake(), Support = ProcessorSupport.Supported, Group = ProcessorGroup.IntelAmberLake },
        new NameRule { Vendor = ProcessorVendor.Intel, Pattern = CoreI77820HQ(), Support = ProcessorSupport.DependsOnPc, Group = ProcessorGroup.IntelCoreI77820HQ },

        // Intel by CPUID.
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = CpuidRange.Exactly(85), Support = ProcessorSupport.Supported, Group = ProcessorGroup.IntelModel85 },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = new(0, 95), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelBefore8thGeneration },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = CpuidRange.Exactly(142), Stepping = CpuidRange.Exactly(9), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelKabyLake },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = CpuidRange.Exactly(158), Stepping = CpuidRange.Exactly(9), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelKabyLake },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(6), Model = new(96, int.MaxValue), Support = ProcessorSupport.Supported, Group = ProcessorGroup.Intel8thGenerationOrLater },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = new(0, 5), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelOldFamily },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = CpuidRange.Exactly(15), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.IntelOldFamily },
        new CpuidRule { Vendor = ProcessorVendor.Intel, Family = new(16, int.MaxValue), Support = ProcessorSupport.Supported, Group = ProcessorGroup.IntelNewerFamily },

        // AMD by CPUID: family 23 (0x17) is Zen, Zen+ and Zen 2; 25 and 26 are Zen 3 to 5.
        new CpuidRule { Vendor = ProcessorVendor.Amd, Family = new(0, 22), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.AmdBeforeZen },
        new CpuidRule { Vendor = ProcessorVendor.Amd, Family = CpuidRange.Exactly(23), Model = CpuidRange.Exactly(1), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.AmdZenSummitRidge },
        new CpuidRule { Vendor = ProcessorVendor.Amd, Family = CpuidRange.Exactly(23), Model = CpuidRange.Exactly(17), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.AmdZenRavenRidge },
        new CpuidRule { Vendor = ProcessorVendor.Amd, Family = new(23, int.MaxValue), Support = ProcessorSupport.Supported, Group = ProcessorGroup.AmdZenPlusOrLater },

        // Qualcomm by name.
        new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = Snapdragon7c8c8cx(), Support = ProcessorSupport.Supported, Group = ProcessorGroup.Snapdragon7c8c8cx },
        new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = SnapdragonX(), Support = ProcessorSupport.Supported, Group = ProcessorGroup.SnapdragonX },
        new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = MicrosoftSq(), Support = ProcessorSupport.Supported, Group = ProcessorGroup.MicrosoftSq },
        new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = Snapdragon850(), Support = ProcessorSupport.Supported, Group = ProcessorGroup.Snapdragon850 },
        new NameRule { Vendor = ProcessorVendor.Qualcomm, Pattern = Snapdragon835(), Support = ProcessorSupport.Unsupported, Group = ProcessorGroup.Snapdragon835 },
    ];

    /// <summary>The verdict of the first rule that covers <paramref name="processor"/>; Unknown when the first rule that
    /// could cover it needs a fact the machine did not record, or when no rule covers it.</summary>
    public static ProcessorJudgement Judge(ProcessorInfo processor) => Judge(processor, Rules);

    /// <summary>The verdict of <paramref name="rules"/> read top to bottom.</summary>
    public static ProcessorJudgement Judge(ProcessorInfo processor, IReadOnlyList<ProcessorRule> rules)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(rules);
        var vendor = ProcessorVendors.Of(processor);
        foreach (var rule in rules)
        {
            switch (rule.Covers(processor, vendor))
            {
                case true:
                    return new ProcessorJudgement(rule.Support, rule.Group);
                case null:
                    return new ProcessorJudgement(ProcessorSupport.Unknown, null);
            }
        }

        return new ProcessorJudgement(ProcessorSupport.Unknown, null);
    }

    // Core m3-8100Y, i5-8200Y, i5-8210Y, i5-8310Y, i7-8500Y, i7-8510Y…
    [GeneratedRegex(@"\b(?:m3|i5|i7)-8\d{3}Y\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmberLake();

    [GeneratedRegex(@"\bi7-7820HQ\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoreI77820HQ();

    // "Snapdragon 7c @ 2.40 GHz", "Snapdragon 7c+ Gen 3", "Snapdragon 8cx Gen 2 5G", "Snapdragon Compute Platform" is not one.
    [GeneratedRegex(@"\bSnapdragon\s+(?:7c\+?|8cx?)(?=$|[\s@+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Snapdragon7c8c8cx();

    // "Snapdragon X Elite - X1E78100 - Qualcomm Oryon CPU", "Snapdragon X Plus", "Snapdragon X", "Snapdragon X2 Elite".
    [GeneratedRegex(@"\bSnapdragon\s+X\d*(?=$|[\s@-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SnapdragonX();

    [GeneratedRegex(@"\bMicrosoft\s+SQ\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MicrosoftSq();

    [GeneratedRegex(@"\bSnapdragon\s+850\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Snapdragon850();

    [GeneratedRegex(@"\bSnapdragon\s+835\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Snapdragon835();
}
