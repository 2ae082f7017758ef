using System.Composition;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>Declares a class as a fix and carries its metadata, read through <see cref="FixMetadata"/>.</summary>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExportFixAttribute : ExportAttribute
{
    /// <summary>Declares a fix.</summary>
    /// <param name="id">Stable, lower-case, dotted id, such as <c>cache.reset-download</c>.</param>
    /// <param name="title">A short title for listings.</param>
    public ExportFixAttribute(string id, string title)
        : base(typeof(IFix))
    {
        Id = id;
        Title = title;
    }

    /// <summary>Stable id named by checks' results and by <c>wutk fix</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>Which scenarios the fix serves.</summary>
    public Scenario Scenario { get; set; } = Scenario.Both;

    /// <summary>Whether applying the fix needs elevation (almost every fix does).</summary>
    public bool NeedsElevation { get; set; } = true;
}
