namespace WuToolkit.Abstractions.Logs;

/// <summary>
/// Reads the entries of one log file, in order, and reports findings. A new instance is created for every
/// file, so a rule may keep state (for example "corruption found" until "repaired" follows). Declared with
/// <see cref="ExportLogRuleAttribute"/>. Rules must be cheap per entry: logs run to gigabytes.
/// </summary>
public interface ILogRule
{
    /// <summary>Sees one entry; may report findings now.</summary>
    void Observe(LogEntry entry, IFindingSink findings);

    /// <summary>The file has ended; report what only the whole file shows (for example a failure never repaired).</summary>
    void Complete(IFindingSink findings);
}
