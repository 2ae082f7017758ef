namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>Microsoft's verdict on a processor for Windows 11.</summary>
internal enum ProcessorSupport
{
    /// <summary>On Microsoft's lists.</summary>
    Supported,

    /// <summary>Not on them: setup refuses the upgrade.</summary>
    Unsupported,

    /// <summary>Supported only in some PCs, told apart by a fact wutk does not read (the platform id).</summary>
    DependsOnPc,

    /// <summary>The facts recorded do not say (no family or model, or a maker the lists do not cover).</summary>
    Unknown,
}

/// <summary>A processor's verdict and the group of processors that decided it.</summary>
/// <param name="Support">The verdict.</param>
/// <param name="Group">The table's group that matched, or <see langword="null"/> when none could.</param>
internal sealed record ProcessorJudgement(ProcessorSupport Support, ProcessorGroup? Group);
