using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// What the compatibility appraiser recorded for one release. The value names are the appraiser's own (Microsoft's
/// Configuration Manager documentation explains <c>UpgEx</c> and <c>RedReason</c>; <c>GatedBlockId</c> and
/// <c>GatedBlockReason</c> are the safeguard holds that Windows Update applies); list values write "None" for none.
/// </summary>
/// <param name="Release">The release key, such as <c>GE24H2</c>.</param>
/// <param name="Experience">The upgrade experience marker: Green, Yellow, Orange or Red; <see langword="null"/> when not recorded.</param>
/// <param name="RedReasons">Why the marker is Red, such as <c>Tpm</c> or <c>CpuFms</c>.</param>
/// <param name="HoldIds">Safeguard hold ids.</param>
/// <param name="HoldReasons">What the holds are about, in the appraiser's words.</param>
/// <param name="Others">Further values shown as evidence only (their meaning is not documented).</param>
internal sealed record AppraiserRecord(
    string Release,
    string? Experience,
    IReadOnlyList<string> RedReasons,
    IReadOnlyList<string> HoldIds,
    IReadOnlyList<string> HoldReasons,
    IReadOnlyList<(string Name, string Value)> Others)
{
    /// <summary>Values kept as evidence without being judged.</summary>
    private static readonly string[] EvidenceOnly = ["DestBuildNum", "GStatus", "FailedPrereqs"];

    /// <summary>Reads a release's values.</summary>
    public static AppraiserRecord Read(string release, IReadOnlyList<RegistryValue> values)
    {
        string? Text(string name) =>
            values.FirstOrDefault(value => string.Equals(value.Name, name, StringComparison.OrdinalIgnoreCase))?.Data;

        var experience = Text("UpgEx")?.Trim();
        var others = EvidenceOnly
            .Select(name => (Name: name, Value: Text(name)?.Trim()))
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .Select(pair => (pair.Name, pair.Value!))
            .ToList();

        return new AppraiserRecord(
            release,
            string.IsNullOrEmpty(experience) ? null : experience,
            List(Text("RedReason")),
            List(Text("GatedBlockId")),
            List(Text("GatedBlockReason")),
            others);
    }

    /// <summary>A multi-string (one item a line) or a single string, without the appraiser's "None".</summary>
    private static List<string> List(string? data) =>
        (data ?? "")
            .Split(['\n', '\r', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(item => !string.Equals(item, "None", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Whether the marker says <paramref name="colour"/>.</summary>
    public bool Is(string colour) => string.Equals(Experience, colour, StringComparison.OrdinalIgnoreCase);
}
