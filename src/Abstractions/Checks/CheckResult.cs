namespace WuToolkit.Abstractions.Checks;

/// <summary>What one check found: a status, a one-line summary with the next step, the facts behind it and the fixes that help.</summary>
public sealed record CheckResult
{
    /// <summary>The verdict.</summary>
    public required CheckStatus Status { get; init; }

    /// <summary>One line for people: what is wrong and what to do next.</summary>
    public required string Summary { get; init; }

    /// <summary>The facts the verdict rests on, in the order they should be shown.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Ids of fixes (see <see cref="Fixes.ExportFixAttribute"/>) that address this finding.</summary>
    public IReadOnlyList<string> FixIds { get; init; } = [];

    /// <summary>A passing result.</summary>
    public static CheckResult Pass(string summary, params Evidence[] evidence) =>
        new() { Status = CheckStatus.Pass, Summary = summary, Evidence = evidence };

    /// <summary>A warning, optionally naming fixes.</summary>
    public static CheckResult Warn(string summary, IReadOnlyList<Evidence> evidence, params string[] fixIds) =>
        new() { Status = CheckStatus.Warn, Summary = summary, Evidence = evidence, FixIds = fixIds };

    /// <summary>A failure, optionally naming fixes.</summary>
    public static CheckResult Fail(string summary, IReadOnlyList<Evidence> evidence, params string[] fixIds) =>
        new() { Status = CheckStatus.Fail, Summary = summary, Evidence = evidence, FixIds = fixIds };

    /// <summary>The check does not apply here; the summary says why.</summary>
    public static CheckResult Skipped(string reason, params Evidence[] evidence) =>
        new() { Status = CheckStatus.Skipped, Summary = reason, Evidence = evidence };
}
