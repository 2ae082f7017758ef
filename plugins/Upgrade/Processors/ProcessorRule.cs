using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>One line of the support table: which processors it covers and Microsoft's verdict on them.</summary>
internal abstract record ProcessorRule
{
    /// <summary>The verdict on the processors the rule covers.</summary>
    public required ProcessorSupport Support { get; init; }

    /// <summary>The group the rule covers, for the user.</summary>
    public required ProcessorGroup Group { get; init; }

    /// <summary>Whether the rule covers <paramref name="processor"/>: <see langword="null"/> when it would need a fact the
    /// machine did not record (a family, model or stepping) to tell.</summary>
    public abstract bool? Covers(ProcessorInfo processor, ProcessorVendor vendor);
}

/// <summary>Inclusive bounds on a CPUID number.</summary>
/// <param name="From">The smallest covered value.</param>
/// <param name="To">The largest covered value.</param>
internal readonly record struct CpuidRange(int From, int To)
{
    /// <summary>Just <paramref name="value"/>.</summary>
    public static CpuidRange Exactly(int value) => new(value, value);

    /// <summary>Whether <paramref name="value"/> lies within.</summary>
    public bool Contains(int value) => value >= From && value <= To;
}
