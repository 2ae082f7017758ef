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

    /// <summary>The words the rule needs (see <see cref="ExportLogRuleAttribute.Markers"/>); empty for every entry,
    /// which is what a plugin built against SDK 1.0 or 1.1, whose metadata has none, is read as.</summary>
    public string[] Markers { get; set; } = [];
}
