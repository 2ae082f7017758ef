namespace WuToolkit.Abstractions.Knowledge;

/// <summary>The metadata of an error-code catalog, read from <see cref="ExportErrorCatalogAttribute"/>.</summary>
public sealed class ErrorCatalogMetadata
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>What it covers.</summary>
    public string Title { get; set; } = "";
}
