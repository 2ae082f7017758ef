using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Host.Running;

/// <summary>One row of a run: which check, what it found and how long it took.</summary>
public sealed record CheckOutcome(
    string Id,
    string Plugin,
    string Title,
    CheckStatus Status,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> FixIds,
    TimeSpan Duration);
