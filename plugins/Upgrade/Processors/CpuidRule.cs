using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>Covers an x86 maker's processors by CPUID family, and optionally model and stepping: how Microsoft's own
/// readiness script and Windows setup tell Intel and AMD generations apart.</summary>
internal sealed record CpuidRule : ProcessorRule
{
    /// <summary>The maker whose numbering the rule uses.</summary>
    public required ProcessorVendor Vendor { get; init; }

    /// <summary>The families covered.</summary>
    public required CpuidRange Family { get; init; }

    /// <summary>The models covered, or <see langword="null"/> for any.</summary>
    public CpuidRange? Model { get; init; }

    /// <summary>The steppings covered, or <see langword="null"/> for any.</summary>
    public CpuidRange? Stepping { get; init; }

    /// <inheritdoc />
    public override bool? Covers(ProcessorInfo processor, ProcessorVendor vendor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        if (vendor != Vendor)
        {
            return false;
        }

        var family = Within(Family, processor.Family);
        return family is true
            ? And(Within(Model, processor.Model), () => Within(Stepping, processor.Stepping))
            : family;
    }

    private static bool? Within(CpuidRange? range, int? value) => range switch
    {
        null => true,
        { } bounds when value is { } known => bounds.Contains(known),
        _ => null,
    };

    // "No" wins over "cannot tell": a model outside the range decides, whatever the stepping.
    private static bool? And(bool? first, Func<bool?> second) => first switch
    {
        false => false,
        true => second(),
        null => second() is false ? false : null,
    };
}
