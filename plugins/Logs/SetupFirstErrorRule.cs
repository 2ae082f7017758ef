using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The first error of a failed feature upgrade. The orchestrator (MOUPG) passes a failure up its call stack and
/// logs it at every level ("CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032", then CDlpTask,
/// CSetupManager … with the same result): the chain is one finding, and where the component that failed logged
/// the same code just before ("CSetupPlatform::Initialize: Disk provisioning is not available; hr =
/// 0x80070032"), that line is the finding, since it says what failed. Disk space (0x80070070 and Setup's own
/// 0xC190020E, 0xC190020C, 0xC1900211, 0xC1900212, 0xC19001DF) and driver failures (0xC1900101) have their own rules,
/// which name more. Appraiser (CONX) errors that Setup swallows are not read:
/// only a MOUPG result makes a chain.
/// <para>
/// The finding names SetupDiag's cause by where the chain began: in SetupHost itself (FindSetupHostReportedFailure),
/// before the Setup Platform was loaded (FindEarlyDownlevelError), or later in the down-level phase
/// (FindDownlevelFailure); each run of Setup in the log is an attempt of its own.
/// </para>
/// </summary>
[ExportLogRule(Id, "The first error of a failed feature upgrade (MOUPG result chains)", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "CSetupPlatform::Initialize", "MoSetupPlatform: Loading Setup Platform", "hr =", "Error:", "Result =" })]
public sealed class SetupFirstErrorRule : ILogRule
{
    public const string Id = "setup.first-error";

    /// <summary>How close the originating error must be to the start of the chain.</summary>
    private static readonly TimeSpan Close = TimeSpan.FromMinutes(1);

    private readonly SetupRuns _runs = new();
    private readonly HashSet<uint> _reported = [];
    private (LogEntry Entry, uint Code)? _lastError;
    private uint _chain;
    private bool _platform;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            (_lastError, _chain, _platform) = (null, 0, false);
            _reported.Clear();
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (!_platform && (text.Contains("CSetupPlatform::Initialize", StringComparison.Ordinal) || text.Contains("MoSetupPlatform: Loading Setup Platform", StringComparison.Ordinal)))
        {
            _platform = true;
        }

        if (!entry.Level.Equals("Error", StringComparison.Ordinal))
        {
            return;
        }

        if (!entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            // Remember the last error of a component with a code: it may be where a chain began. A run of errors
            // with one code is kept at its first line, the one that says what failed.
            if (!entry.Component.Equals("CONX", StringComparison.Ordinal) && TryCode(text, out var said) &&
                (_lastError is not { } last || last.Code != said || !IsNear(last.Entry, entry)))
            {
                _lastError = (entry, said);
            }

            return;
        }

        if (!HResult.TryFindAfter(text, "Result = ", out var code) || !HResult.IsFailure(code) || code == _chain)
        {
            return;
        }

        _chain = code;
        if (code == 0xC1900101 || CodeHints.Classify(code) == CodeHints.Kind.DiskSpace || !_reported.Add(code))
        {
            // Disk space and driver failures have rules of their own that say more (which phase, which driver).
            return;
        }

        var first = _lastError is { } origin && origin.Code == code && IsNear(origin.Entry, entry) ? origin.Entry : entry;
        var (where, what) = Describe(Words.FirstLine(first.Text.AsSpan()));
        var summary = what.Length == 0
            ? Strings.FormatSetupFirstError(where, HResult.Format(code))
            : Strings.FormatSetupFirstErrorSaid(where, what, HResult.Format(code));
        // Early only when the log shows the run start and no Setup Platform after it: an excerpt says nothing of that.
        var profile = where.StartsWith("SetupHost", StringComparison.Ordinal) ? "FindSetupHostReportedFailure"
            : _runs.Current is not null && !_platform && !first.Component.Equals("SP", StringComparison.Ordinal) ? "FindEarlyDownlevelError"
            : "FindDownlevelFailure";
        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, first, code, where) with { Remedy = SetupProfiles.Of(profile).Remedy };
        findings.Add(_runs.Tag(finding));
    }

    public void Complete(IFindingSink findings)
    {
    }

    private static bool TryCode(ReadOnlySpan<char> text, out uint code) =>
        (HResult.TryFindAfter(text, "hr = ", out code) || HResult.TryFindAfter(text, "Error: ", out code) ||
         HResult.TryFindAfter(text, "Result = ", out code)) && HResult.IsFailure(code);

    private static bool IsNear(LogEntry origin, LogEntry chain) =>
        origin.Time is { } a && chain.Time is { } b ? (b - a).Duration() <= Close : chain.Line - origin.Line <= 50;

    /// <summary>
    /// Where the error was logged and what it says: "CSetupPlatform::Initialize" and "Disk provisioning is not
    /// available" from "CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032".
    /// </summary>
    private static (string Where, string What) Describe(ReadOnlySpan<char> text)
    {
        var line = text.Trim();
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var where = colon < 0 ? line : line[..colon];
        var paren = where.IndexOf('(');
        if (paren > 0)
        {
            where = where[..paren];
        }

        var what = colon < 0 ? default : line[(colon + 2)..];
        foreach (var stop in (ReadOnlySpan<string>)["; hr =", ". Error:", " Error:", "Result =", "[gle="])
        {
            var at = what.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0)
            {
                what = what[..at];
            }
        }

        return (where.Trim().ToString(), what.Trim().TrimEnd(".;").ToString());
    }
}
