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
}
