using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Engine;

/// <summary>A fix's plan to apply, with what the journal records about it.</summary>
public sealed record FixRequest
{
    /// <summary>The fix's id.</summary>
    public required string FixId { get; init; }

    /// <summary>The fix's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The plan as the fix made it; the engine reviews it again before it runs (<see cref="Planning.PlanReviewer"/>).</summary>
    public required FixPlan Plan { get; init; }

    /// <summary>What manages the PC (see <see cref="FixContext.ManagedBy"/>): steps that would change its policy or the
    /// update client's identity are left out.</summary>
    public IReadOnlyList<string> ManagedBy { get; init; } = [];

    /// <summary>The PC's name, for the journal.</summary>
    public string Machine { get; init; } = "";

    /// <summary>The version of the tool applying it, for the journal.</summary>
    public string ToolVersion { get; init; } = "";
}
