namespace WuToolkit.Abstractions.Checks;

/// <summary>
/// The metadata of a check as the host reads it from <see cref="ExportCheckAttribute"/> without creating the check.
/// A concrete class because System.Composition metadata views must be.
/// </summary>
public sealed class CheckMetadata
{
    /// <summary>Stable id, such as <c>disk.free-space</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Short title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Scenarios served.</summary>
    public Scenario Scenario { get; set; } = Scenario.Both;

    /// <summary>Whether the check needs elevation.</summary>
    public bool NeedsElevation { get; set; }

    /// <summary>Selector words.</summary>
    public string[] Tags { get; set; } = [];

    /// <summary>The class that declares the settings the check reads (see <see cref="ExportCheckAttribute.Settings"/>),
    /// or <see langword="null"/> when it declares none (as in plugins built before settings were declared).</summary>
    public Type? Settings { get; set; }

    /// <summary>What the check decides, or <see langword="null"/> in plugins built before descriptions existed.</summary>
    public string? Description { get; set; }

    /// <summary>Whether the check runs only when deep checks are asked for (<see cref="ExportCheckAttribute.Deep"/>).</summary>
    public bool Deep { get; set; }
}
