namespace WuToolkit.Abstractions.Logs;

/// <summary>The metadata of a log rule, read from <see cref="ExportLogRuleAttribute"/>.</summary>
public sealed class LogRuleMetadata
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>What it finds.</summary>
    public string Title { get; set; } = "";

    /// <summary>The logs it reads.</summary>
    public LogKind[] Kinds { get; set; } = [];
}
