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

    /// <summary>What the fix does and when it helps, in one or two sentences, for listings.</summary>
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
