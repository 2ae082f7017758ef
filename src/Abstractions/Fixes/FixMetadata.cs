using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>The metadata of a fix as read from <see cref="ExportFixAttribute"/> without creating it.</summary>
public sealed class FixMetadata
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Short title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Scenarios served.</summary>
    public Scenario Scenario { get; set; } = Scenario.Both;

    /// <summary>Whether applying needs elevation.</summary>
    public bool NeedsElevation { get; set; } = true;
}
