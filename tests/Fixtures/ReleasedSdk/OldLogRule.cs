using System.Globalization;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Fixtures.ReleasedSdk;

/// <summary>A log rule as SDK 1.0 declared one: no markers, so it must be shown every entry. It says how many it saw.</summary>
[ExportLogRule("releasedsdk.entries", "Counts the CBS entries it is shown", LogKind.Cbs)]
public sealed class OldLogRule : ILogRule
{
    private LogEntry? _first;
    private long _seen;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        _first ??= entry;
        _seen++;
    }

    public void Complete(IFindingSink findings)
    {
        if (_first is not null)
        {
            findings.Add(new LogFinding
            {
                Severity = FindingSeverity.Info,
                RuleId = "releasedsdk.entries",
                Summary = string.Create(CultureInfo.InvariantCulture, $"shown {_seen} entries"),
                Entry = _first,
            });
        }
    }
}
