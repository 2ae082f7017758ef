namespace WuToolkit.Plugins.Upgrade;

/// <summary>What happens to apps and settings when setup from media of one edition runs on another.</summary>
internal enum EditionPath
{
    /// <summary>The same edition: everything is kept.</summary>
    Same,

    /// <summary>A supported edition upgrade: everything is kept when setup is given a product key for the new edition.</summary>
    NeedsProductKey,

    /// <summary>Personal files are kept, apps and settings are removed (an edition downgrade, or N to non-N).</summary>
    AppsRemoved,

    /// <summary>Microsoft does not support this path.</summary>
    NotSupported,

    /// <summary>Microsoft's table does not say (an edition it does not list).</summary>
    Undocumented,
}

/// <summary>
/// Windows editions as the registry names them (<c>EditionID</c>) and the in-place upgrade paths between them, from
/// Microsoft's "Windows upgrade paths" article: its table of supported edition changes, the rule that N and non-N
/// editions keep only personal files, and that LTSC moves to the General Availability Channel only with a product key
/// while the opposite direction is not supported.
/// </summary>
internal static class Editions
{
    private enum Family
    {
        Home,
        Pro,
        ProEducation,
        ProWorkstation,
        Education,
        Enterprise,
        EnterpriseLtsc,
    }

    private sealed record Known(Family Family, bool N);

    /// <summary>Every <c>EditionID</c> this table knows.</summary>
    private static readonly Dictionary<string, Known> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Core"] = new(Family.Home, false),
        ["CoreN"] = new(Family.Home, true),
        ["CoreSingleLanguage"] = new(Family.Home, false),
        ["CoreCountrySpecific"] = new(Family.Home, false),
        ["Professional"] = new(Family.Pro, false),
        ["ProfessionalN"] = new(Family.Pro, true),
        ["ProfessionalEducation"] = new(Family.ProEducation, false),
        ["ProfessionalEducationN"] = new(Family.ProEducation, true),
        ["ProfessionalWorkstation"] = new(Family.ProWorkstation, false),
        ["ProfessionalWorkstationN"] = new(Family.ProWorkstation, true),
        ["Education"] = new(Family.Education, false),
        ["EducationN"] = new(Family.Education, true),
        ["Enterprise"] = new(Family.Enterprise, false),
        ["EnterpriseN"] = new(Family.Enterprise, true),
        ["EnterpriseS"] = new(Family.EnterpriseLtsc, false),
        ["EnterpriseSN"] = new(Family.EnterpriseLtsc, true),
    };

    /// <summary>The names people use for the media's edition, mapped to the <c>EditionID</c> they mean.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Home"] = "Core",
        ["Home N"] = "CoreN",
        ["Home Single Language"] = "CoreSingleLanguage",
        ["Pro"] = "Professional",
        ["Pro N"] = "ProfessionalN",
        ["Pro Education"] = "ProfessionalEducation",
        ["Pro Education N"] = "ProfessionalEducationN",
        ["Pro for Workstations"] = "ProfessionalWorkstation",
        ["Pro N for Workstations"] = "ProfessionalWorkstationN",
        ["Enterprise LTSC"] = "EnterpriseS",
        ["Enterprise N LTSC"] = "EnterpriseSN",
    };

    /// <summary>Microsoft's table of edition changes: ✅ supported (with a key), ⬇️ downgrade (apps removed); any
    /// other pair of listed editions is not supported.</summary>
    private static readonly Dictionary<(Family From, Family To), EditionPath> Table = new()
    {
        [(Family.Home, Family.Pro)] = EditionPath.NeedsProductKey,
        [(Family.Home, Family.ProEducation)] = EditionPath.NeedsProductKey,
        [(Family.Home, Family.Education)] = EditionPath.NeedsProductKey,
        [(Family.Pro, Family.Home)] = EditionPath.AppsRemoved,
        [(Family.Pro, Family.ProEducation)] = EditionPath.NeedsProductKey,
        [(Family.Pro, Family.Education)] = EditionPath.NeedsProductKey,
        [(Family.Pro, Family.Enterprise)] = EditionPath.NeedsProductKey,
        [(Family.Education, Family.Enterprise)] = EditionPath.AppsRemoved,
        [(Family.Enterprise, Family.Education)] = EditionPath.NeedsProductKey,
    };

    /// <summary>The rows of Microsoft's table: a pair of these not in <see cref="Table"/> is not supported.</summary>
    private static readonly HashSet<Family> Rows = [Family.Home, Family.Pro, Family.Education, Family.Enterprise];

    /// <summary>Every name the media edition setting accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Ids.Keys, .. Aliases.Keys];

    /// <summary>The <c>EditionID</c> a name means (the name itself when it is one).</summary>
    public static string IdOf(string name)
    {
        var trimmed = name.Trim();
        return Aliases.TryGetValue(trimmed, out var id) ? id : Ids.Keys.FirstOrDefault(key => string.Equals(key, trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
    }

    /// <summary>What an in-place upgrade from <paramref name="installedId"/> with media of <paramref name="mediaId"/> keeps.</summary>
    public static EditionPath Path(string installedId, string mediaId)
    {
        if (string.Equals(installedId, mediaId, StringComparison.OrdinalIgnoreCase))
        {
            return EditionPath.Same;
        }

        if (!Ids.TryGetValue(installedId, out var from) || !Ids.TryGetValue(mediaId, out var to))
        {
            return EditionPath.Undocumented;
        }

        if (from.N != to.N)
        {
            return EditionPath.AppsRemoved;
        }

        if (from.Family == Family.EnterpriseLtsc || to.Family == Family.EnterpriseLtsc)
        {
            return from.Family == Family.EnterpriseLtsc && to.Family == Family.Enterprise ? EditionPath.NeedsProductKey
                : to.Family == Family.EnterpriseLtsc && from.Family != Family.EnterpriseLtsc ? EditionPath.NotSupported
                : EditionPath.Undocumented;
        }

        if (Table.TryGetValue((from.Family, to.Family), out var path))
        {
            return path;
        }

        // Home Single Language to Home and the like: the same family under another id, which the table does not cover.
        return Rows.Contains(from.Family) && Rows.Contains(to.Family) && from.Family != to.Family ? EditionPath.NotSupported : EditionPath.Undocumented;
    }
}
