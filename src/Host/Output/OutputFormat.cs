namespace WuToolkit.Host.Output;

/// <summary>The formats <c>--format</c> accepts.</summary>
public enum OutputFormat
{
    /// <summary>A readable table for a terminal (colour only on a TTY, never with NO_COLOR).</summary>
    Table,

    /// <summary>JSON with a stable, versioned schema (docs/schemas).</summary>
    Json,

    /// <summary>A self-contained HTML page (<c>wutk run</c> only): verdict, findings with their fixes, details collapsed.</summary>
    Html,

    /// <summary>Markdown for a ticket (<c>wutk run</c> only).</summary>
    Markdown,
}
