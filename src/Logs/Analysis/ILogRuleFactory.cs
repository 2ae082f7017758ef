using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>
/// A log rule as <see cref="LogAnalyzer"/> knows it: its id, the kinds of log it reads, and how to make a fresh
/// instance (one per file, since a rule may keep state). The host adapts the rules its plugins export to this; a
/// rule author runs the analyzer on their own rules with <see cref="LogRuleFactory.For{TRule}"/>.
/// </summary>
public interface ILogRuleFactory
{
    /// <summary>The rule's stable id, such as <c>cbs.sfc-cannot-repair</c>.</summary>
    string Id { get; }

    /// <summary>The kinds of log the rule reads; it sees no entry of any other kind.</summary>
    IReadOnlyList<LogKind> Kinds { get; }

    /// <summary>The words the rule needs (<see cref="ExportLogRuleAttribute.Markers"/>): entries with none of them may be
    /// skipped for it. Empty, the default, means every entry.</summary>
    IReadOnlyList<string> Markers => [];

    /// <summary>A new instance of the rule, for one file.</summary>
    ILogRule Create();
}
