using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>One unmet requirement: how bad it is and what to say about it.</summary>
/// <param name="Status">Fail when it blocks the upgrade, Warn when it may or cannot be told.</param>
/// <param name="Summary">What is wrong and what to do, for people.</param>
internal sealed record Requirement(CheckStatus Status, string Summary)
{
    /// <summary>The worst of the unmet requirements decides, and every one of them is named, so that the user
    /// learns all that stands between the PC and Windows 11 at once rather than one per run.</summary>
    public static CheckResult Judge(IReadOnlyList<Requirement> unmet, string passSummary, IReadOnlyList<Evidence> evidence) =>
        unmet.Count == 0
            ? new CheckResult { Status = CheckStatus.Pass, Summary = passSummary, Evidence = evidence }
            : new CheckResult { Status = unmet.Max(requirement => requirement.Status), Summary = string.Join(Strings.ClauseSeparator, unmet.Select(requirement => requirement.Summary)), Evidence = evidence };
}
