using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>Covers processors by their marketing name: Qualcomm's ARM chips have no CPUID family to compare, and a
/// few Intel processors share a CPUID with an older generation.</summary>
internal sealed partial record NameRule : ProcessorRule
{
    /// <summary>The maker the rule is about, or <see langword="null"/> for any.</summary>
    public ProcessorVendor? Vendor { get; init; }

    /// <summary>Matched against the name without trademark signs and with single spaces ("Snapdragon (TM) 7c" reads
    /// "Snapdragon 7c"), ignoring case.</summary>
    public required Regex Pattern { get; init; }

    /// <inheritdoc />
    public override bool? Covers(ProcessorInfo processor, ProcessorVendor vendor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return (Vendor is null || Vendor == vendor) && Pattern.IsMatch(Plain(processor.Name));
    }

    /// <summary>The name as a person would type it: "Snapdragon(R) X Elite - X1E78100" reads "Snapdragon X Elite - X1E78100".</summary>
    public static string Plain(string name) =>
        Spaces().Replace(TrademarkSigns().Replace(name ?? "", " "), " ").Trim();

    [GeneratedRegex(@"\((?:TM|R)\)|[\u2122\u00AE]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrademarkSigns();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
