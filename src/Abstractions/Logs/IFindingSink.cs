namespace WuToolkit.Abstractions.Logs;

/// <summary>Where a log rule reports what it finds. Add-only: a rule cannot see, change or clear what other rules
/// (or itself) reported; the host decides how repeats are counted and how much is kept.</summary>
public interface IFindingSink
{
    /// <summary>Reports one finding.</summary>
    void Add(LogFinding finding);
}
