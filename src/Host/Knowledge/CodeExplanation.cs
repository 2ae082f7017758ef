namespace WuToolkit.Host.Knowledge;

/// <summary>Everything wutk can say about one code: what the catalogs know, what its bits say, and for a setup pair
/// the decoded extend code.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Anatomy">What the code's bits say.</param>
/// <param name="Entries">Every catalog's explanation, the bundled catalogs first; empty when none knows the code.</param>
/// <param name="Extend">The decoded extend code of a setup pair.</param>
public sealed record CodeExplanation(CodeQuery Query, CodeAnatomy Anatomy, IReadOnlyList<CatalogEntry> Entries, SetupExtendCode? Extend)
{
    /// <summary>Whether some catalog knows the code (otherwise only <see cref="Anatomy"/> explains it).</summary>
    public bool Known => Entries.Count > 0;
}
