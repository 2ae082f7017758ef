using System.Composition;

namespace WuToolkit.Abstractions.Knowledge;

/// <summary>Declares a class as an error-code catalog. Read through <see cref="ErrorCatalogMetadata"/>.</summary>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExportErrorCatalogAttribute : ExportAttribute
{
    /// <summary>Declares a catalog.</summary>
    /// <param name="id">Stable, lower-case, dotted id, such as <c>codes.windows-update</c>.</param>
    /// <param name="title">What the catalog covers, such as <c>Windows Update agent (WU_E_*)</c>.</param>
    public ExportErrorCatalogAttribute(string id, string title)
        : base(typeof(IErrorCatalog))
    {
        Id = id;
        Title = title;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>What it covers.</summary>
    public string Title { get; }
}
