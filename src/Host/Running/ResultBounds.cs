using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Running;

/// <summary>
/// How much of one check's result reaches a report. A check (a third party's, or one fed a hostile snapshot) may say
/// far more than a person reads or a fleet stores: past these bounds a summary is cut with "…" and evidence is
/// summarised with a count, so one result can never blow up a table, a JSON file or memory.
/// </summary>
public static class ResultBounds
{
    /// <summary>Characters of a summary: a line, not a page.</summary>
    public const int SummaryCharacters = 1_000;

    /// <summary>Pieces of evidence kept; the rest are counted in one last piece.</summary>
    public const int EvidenceItems = 100;

    /// <summary>Characters of an evidence key.</summary>
    public const int KeyCharacters = 200;

    /// <summary>Characters of an evidence value.</summary>
    public const int ValueCharacters = 2_000;

    /// <summary>Fixes named.</summary>
    public const int FixIds = 20;

    /// <summary>The key of the piece of evidence that counts what was left out.</summary>
    public const string OmittedKey = "evidence.omitted";

    public static string Summary(string summary) => Cut(summary.ReplaceLineEndings(" ").Trim(), SummaryCharacters);

    public static IReadOnlyList<Evidence> Evidence(IReadOnlyList<Evidence>? evidence)
    {
        var valid = (evidence ?? []).Where(item => item is not null && item.Key is not null).ToList();
        var kept = valid.Take(EvidenceItems)
            .Select(item => new Evidence(Cut(item.Key, KeyCharacters), Cut(item.Value ?? "", ValueCharacters)))
            .ToList();
        if (valid.Count > EvidenceItems)
        {
            kept.Add(new Evidence(OmittedKey, Strings.FormatEvidenceOmitted(valid.Count - EvidenceItems)));
        }

        return kept;
    }

    public static IReadOnlyList<string> Fixes(IReadOnlyList<string>? fixIds) =>
        (fixIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Take(FixIds).ToList();

    private static string Cut(string text, int characters) =>
        text.Length <= characters ? text : string.Concat(text.AsSpan(0, characters - 1), "…");
}
