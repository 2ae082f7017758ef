using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade.Processors;

/// <summary>Who made a processor, as far as Microsoft's processor lists care.</summary>
internal enum ProcessorVendor
{
    /// <summary><c>GenuineIntel</c>.</summary>
    Intel,

    /// <summary><c>AuthenticAMD</c>.</summary>
    Amd,

    /// <summary><c>Qualcomm Technologies Inc</c>, including the Microsoft SQ chips made with Qualcomm.</summary>
    Qualcomm,

    /// <summary>Anyone else (Hygon, Zhaoxin, a virtual machine's own name…), or not known.</summary>
    Other,
}

/// <summary>Tells the <see cref="ProcessorVendor"/> of a processor.</summary>
internal static class ProcessorVendors
{
    /// <summary>From the CPUID vendor string where the machine gave one, else from the marketing name (a snapshot of an
    /// older machine may have only that).</summary>
    public static ProcessorVendor Of(ProcessorInfo processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var text = string.IsNullOrWhiteSpace(processor.Manufacturer) ? processor.Name : processor.Manufacturer;
        return text switch
        {
            _ when Has(text, "GenuineIntel") || Has(text, "Intel") => ProcessorVendor.Intel,
            _ when Has(text, "AuthenticAMD") || Has(text, "AMD") => ProcessorVendor.Amd,
            _ when Has(text, "Qualcomm") || Has(text, "Snapdragon") || Has(text, "Microsoft SQ") => ProcessorVendor.Qualcomm,
            _ => ProcessorVendor.Other,
        };
    }

    private static bool Has(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
