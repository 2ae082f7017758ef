namespace WuToolkit.Abstractions.Checks;

/// <summary>What one check found: a status, a one-line summary with the next step, the facts behind it and the fixes that help.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="Summary">One line for people: what is wrong and what to do next.</param>
/// <param name="Evidence">The facts the verdict rests on, in the order they should be shown.</param>
/// <param name="FixIds">Ids of fixes (see <see cref="Fixes.ExportFixAttribute"/>) that address this finding.</param>
public sealed record CheckResult(
    CheckStatus Status,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> FixIds)
{
    /// <summary>A passing result.</summary>
    public static CheckResult Pass(string summary, params Evidence[] evidence) =>
        new(CheckStatus.Pass, summary, evidence, []);

    /// <summary>A warning, optionally naming fixes.</summary>
    public static CheckResult Warn(string summary, IReadOnlyList<Evidence> evidence, params string[] fixIds) =>
        new(CheckStatus.Warn, summary, evidence, fixIds);

    /// <summary>A failure, optionally naming fixes.</summary>
    public static CheckResult Fail(string summary, IReadOnlyList<Evidence> evidence, params string[] fixIds) =>
        new(CheckStatus.Fail, summary, evidence, fixIds);

    /// <summary>The check does not apply here; the summary says why.</summary>
    public static CheckResult Skipped(string reason, params Evidence[] evidence) =>
        new(CheckStatus.Skipped, reason, evidence, []);
}
