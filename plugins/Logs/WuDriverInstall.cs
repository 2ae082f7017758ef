namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The lines in which the update handler reports a failed driver install:
/// <c>Driver *FAILED* [800F024B] Error Installing PnP Driver pci\ven_10de&amp;dev_1b81</c> and
/// <c>Handler *FAILED* [800F024B] Driver Install of {GUID} on pci\ven_10de&amp;dev_1b81 (mapping to error 8024200B)</c>.
/// </summary>
internal static class WuDriverInstall
{
    public const string InstallOf = "Driver Install of ";
    public const string PnpDriver = "Error Installing PnP Driver ";
    private const string Mapping = "(mapping to error ";

    public static bool IsDriverLine(string component, ReadOnlySpan<char> text) =>
        text.Contains("*FAILED* [", StringComparison.Ordinal) &&
        (component.Equals("Driver", StringComparison.Ordinal) || text.Contains(InstallOf, StringComparison.Ordinal));

    /// <summary>The driver's own code and the Windows Update code the agent maps it to (0x800F024B and 0x8024200B).</summary>
    public static IEnumerable<uint> Codes(ReadOnlySpan<char> text)
    {
        var codes = new List<uint>(2);
        if (HResult.TryFindBracketed(text, out var own))
        {
            codes.Add(own);
        }

        if (HResult.TryFindAfter(text, Mapping, out var mapped))
        {
            codes.Add(mapped);
        }

        return codes;
    }

    /// <summary>The code the agent maps a driver failure to, if the line says.</summary>
    public static uint? MappedCode(ReadOnlySpan<char> text) =>
        HResult.TryFindAfter(text, Mapping, out var mapped) ? mapped : null;
}
