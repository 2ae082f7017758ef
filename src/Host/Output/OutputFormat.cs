namespace WuToolkit.Host.Output;

/// <summary>The formats <c>--format</c> accepts.</summary>
public enum OutputFormat
{
    /// <summary>A readable table for a terminal (colour only on a TTY, never with NO_COLOR).</summary>
    Table,

    /// <summary>JSON with a stable, versioned schema (docs/schemas).</summary>
    Json,

    /// <summary>JSON lines: one self-contained JSON object a line (<c>run</c>: one a finding, docs/schemas/finding-v1.schema.json).</summary>
    Jsonl,

    /// <summary>Comma-separated values, one row a machine (<c>report</c> only).</summary>
    Csv,

    /// <summary>A self-contained HTML page (<c>run</c>: the verdict, findings with their fixes, details collapsed; <c>report</c>: the fleet view).</summary>
    Html,

    /// <summary>Markdown for a ticket (<c>wutk run</c> only).</summary>
    Markdown,
}
