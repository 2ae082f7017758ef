using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>The groups of processors the support table names, so that a verdict can say which rule decided it.</summary>
internal enum ProcessorGroup
{
    /// <summary>Intel 8th generation Core m3/i5/i7 Y (Amber Lake), which share Kaby Lake's CPUID.</summary>
    IntelAmberLake,

    /// <summary>The Core i7-7820HQ, supported only in a few PCs (such as Surface Studio 2).</summary>
    IntelCoreI77820HQ,

    /// <summary>Intel Core X-series and Xeon Scalable on model 85 (Skylake-X/SP, Cascade Lake, Cooper Lake).</summary>
    IntelModel85,

    /// <summary>Intel family 6 up to model 95: Skylake, Apollo Lake and everything older.</summary>
    IntelBefore8thGeneration,

    /// <summary>Intel 7th generation (Kaby Lake), stepping 9 of models 142 and 158.</summary>
    IntelKabyLake,

    /// <summary>Intel family 6 from model 96: 8th generation Core and later, Gemini Lake and later Atom.</summary>
    Intel8thGenerationOrLater,

    /// <summary>Intel before family 6, or Pentium 4 (family 15).</summary>
    IntelOldFamily,

    /// <summary>Intel families after 15, newer than every rule Microsoft writes.</summary>
    IntelNewerFamily,

    /// <summary>AMD before Zen (families up to 22: Bulldozer, Jaguar and older).</summary>
    AmdBeforeZen,

    /// <summary>AMD Zen on model 1 (Summit Ridge, Naples: Ryzen 1000, Threadripper 1000, EPYC 7001).</summary>
    AmdZenSummitRidge,

    /// <summary>AMD Zen on model 17 (Raven Ridge: Ryzen 2000 APUs).</summary>
    AmdZenRavenRidge,

    /// <summary>AMD family 23 otherwise (Zen+, Zen 2) and later families (Zen 3, 4, 5).</summary>
    AmdZenPlusOrLater,

    /// <summary>Qualcomm Snapdragon 7c, 8c and 8cx, all generations.</summary>
    Snapdragon7c8c8cx,

    /// <summary>Qualcomm Snapdragon X (Elite, Plus, X2…).</summary>
    SnapdragonX,

    /// <summary>Microsoft SQ1, SQ2 and SQ3 (Surface Pro X, made with Qualcomm).</summary>
    MicrosoftSq,

    /// <summary>Qualcomm Snapdragon 850.</summary>
    Snapdragon850,

    /// <summary>Qualcomm Snapdragon 835, without the ARMv8.1 atomic instructions Windows 11 needs.</summary>
    Snapdragon835,
}

/// <summary>Names a <see cref="ProcessorGroup"/> for people.</summary>
internal static class ProcessorGroups
{
    /// <summary>Such as "Intel 8th generation or later".</summary>
    public static string Describe(this ProcessorGroup group) => group switch
    {
        ProcessorGroup.IntelAmberLake => Strings.GroupIntelAmberLake,
        ProcessorGroup.IntelCoreI77820HQ => Strings.GroupIntelCoreI77820HQ,
        ProcessorGroup.IntelModel85 => Strings.GroupIntelModel85,
        ProcessorGroup.IntelBefore8thGeneration => Strings.GroupIntelBefore8thGeneration,
        ProcessorGroup.IntelKabyLake => Strings.GroupIntelKabyLake,
        ProcessorGroup.Intel8thGenerationOrLater => Strings.GroupIntel8thGenerationOrLater,
        ProcessorGroup.IntelOldFamily => Strings.GroupIntelOldFamily,
        ProcessorGroup.IntelNewerFamily => Strings.GroupIntelNewerFamily,
        ProcessorGroup.AmdBeforeZen => Strings.GroupAmdBeforeZen,
        ProcessorGroup.AmdZenSummitRidge => Strings.GroupAmdZenSummitRidge,
        ProcessorGroup.AmdZenRavenRidge => Strings.GroupAmdZenRavenRidge,
        ProcessorGroup.AmdZenPlusOrLater => Strings.GroupAmdZenPlusOrLater,
        ProcessorGroup.Snapdragon7c8c8cx => Strings.GroupSnapdragon7c8c8cx,
        ProcessorGroup.SnapdragonX => Strings.GroupSnapdragonX,
        ProcessorGroup.MicrosoftSq => Strings.GroupMicrosoftSq,
        ProcessorGroup.Snapdragon850 => Strings.GroupSnapdragon850,
        ProcessorGroup.Snapdragon835 => Strings.GroupSnapdragon835,
        _ => group.ToString(),
    };
}
