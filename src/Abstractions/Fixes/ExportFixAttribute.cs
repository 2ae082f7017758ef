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

    /// <summary>What the fix does and when it helps, in one or two sentences, for <c>wutk list -v detailed</c>.</summary>
    public string Description { get; set; } = "";

    /// <summary>The ids of the checks whose failure this fix addresses: <c>wutk fix --for &lt;check&gt;</c> proposes it when
    /// one of them fails, and after applying it the host runs them again to show before and after.</summary>
    public string[] Addresses { get; set; } = [];

    /// <summary>How much the fix disturbs the PC; <c>wutk fix --for</c> proposes the gentlest first.</summary>
    public FixImpact Impact { get; set; } = FixImpact.Moderate;

    /// <summary>The id of a companion fix that the host provides, such as <c>cleanboot.exit</c> for
    /// <c>cleanboot.enter</c>: it restores, from the journal, what the latest application of this fix changed. Empty when
    /// there is none (<c>wutk undo</c> still undoes any journal).</summary>
    public string UndoFixId { get; set; } = "";

    /// <summary>The class that declares the settings the fix reads (a package to install, a repair source), as checks
    /// declare theirs; <see langword="null"/> when it reads none.</summary>
    public Type? Settings { get; set; }
}
