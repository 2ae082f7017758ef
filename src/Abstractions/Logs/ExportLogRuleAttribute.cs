using System.Composition;

namespace WuToolkit.Abstractions.Logs;

/// <summary>Declares a class as a log-analysis rule. Read through <see cref="LogRuleMetadata"/>.</summary>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExportLogRuleAttribute : ExportAttribute
{
    /// <summary>Declares a rule.</summary>
    /// <param name="id">Stable, lower-case, dotted id, such as <c>setup.driver-rollback</c>.</param>
    /// <param name="title">What it finds.</param>
    /// <param name="kinds">The logs it reads.</param>
    public ExportLogRuleAttribute(string id, string title, params LogKind[] kinds)
        : base(typeof(ILogRule))
    {
        Id = id;
        Title = title;
        Kinds = kinds;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>What it finds.</summary>
    public string Title { get; }

    /// <summary>The logs it reads.</summary>
    public LogKind[] Kinds { get; }

    /// <summary>
    /// Words the rule needs (added after SDK 1.1): an entry in which none of them occurs is nothing to the rule, so a
    /// reader may skip building it. Each is searched case-insensitively in the entry's lines as written (timestamp,
    /// level and component included, continuation lines too), and may be any text, Japanese included. Empty, as for
    /// every rule built against SDK 1.0 or 1.1, means the rule wants every entry. A rule with markers may still be
    /// given entries without them, and must ignore those as it would have before.
    /// </summary>
    public string[] Markers { get; set; } = [];
}
