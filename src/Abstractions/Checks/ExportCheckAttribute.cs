using System.Composition;

namespace WuToolkit.Abstractions.Checks;

/// <summary>
/// Declares a class as a check and carries its metadata, which the host reads without creating the check
/// (so <c>wutk list</c> is cheap). Read through <see cref="CheckMetadata"/>.
/// </summary>
/// <example><code>
/// [ExportCheck("disk.free-space", "Free space on the system volume", Scenario = Scenario.Update, Tags = ["storage"])]
/// public sealed class FreeSpaceCheck : ICheck { ... }
/// </code></example>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExportCheckAttribute : ExportAttribute
{
    /// <summary>Declares a check.</summary>
    /// <param name="id">Stable, lower-case, dotted id starting with the plugin's name, such as <c>disk.free-space</c>.</param>
    /// <param name="title">A short title for listings.</param>
    public ExportCheckAttribute(string id, string title)
        : base(typeof(ICheck))
    {
        Id = id;
        Title = title;
    }

    /// <summary>Stable id used by selectors, output and fixes.</summary>
    public string Id { get; }

    /// <summary>A short title for listings.</summary>
    public string Title { get; }

    /// <summary>Which scenarios the check serves; both by default.</summary>
    public Scenario Scenario { get; set; } = Scenario.Both;

    /// <summary>Whether the check needs an elevated (administrator) process to see its facts.</summary>
    public bool NeedsElevation { get; set; }

    /// <summary>Words that selectors match, such as <c>storage</c> or <c>services</c>.</summary>
    public string[] Tags { get; set; } = [];

    /// <summary>
    /// A class whose public static <see cref="Setting"/> fields or properties declare the settings this check reads
    /// (<c>wutk run --set key=value</c>). The host checks every value the user sets against them before anything runs,
    /// and lists them; it reads them without creating the check.
    /// </summary>
    /// <example><c>[ExportCheck("disk.upgrade-space", "…", Settings = typeof(DiskSettings))]</c></example>
    public Type? Settings { get; set; }

    /// <summary>What the check decides and why it matters, in a sentence or two (<c>wutk list --format json</c> and
    /// <c>wutk list -v detailed</c> show it); <see langword="null"/> in plugins built before descriptions existed.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The check is slow or heavy (a DISM scan, a download) and runs only when the user asks for deep checks
    /// (<c>wutk run --deep</c>); otherwise it is Skipped with the reason.
    /// </summary>
    public bool Deep { get; set; }
}
