using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A run of Setup whose log just ends (SetupDiag's FindAbruptDownlevelFailure): SetupHost started
/// ("SetupHost::Initialize: CmdLine = […]"), an error with a code followed, and then the log ends without Setup's
/// closing — no result ("ImageExit: Initializing SetupResult: […]"), no change to another phase — because the PC
/// stopped, restarted or Setup was ended. A run that ends cleanly, one without an error, and a log that never shows
/// SetupHost starting (an excerpt, a rollback log) give nothing. The finding names the last action of the orchestrator
/// ("Finalize: Entering Execute Method"), the last Setup Platform operation ("Executing operation: …") and the last error:
/// the place to look, and the time the PC's event log should be read at.
/// </summary>
[ExportLogRule(Id, "Setup runs whose log ends abruptly after an error, with the last operation and error", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "Initializing SetupResult", "-> [SetupPhaseError]", "Setup phase change:", ": Entering", "Execution phase", "Executing operation:", "Result =", "Error:", "hr =" })]
public sealed class SetupAbruptEndRule : ILogRule
{
    public const string Id = "setup.abrupt-end";

    private const string EnteringMethod = ": Entering ";
    private const string ExecutingOperation = "Executing operation: ";

    private readonly SetupRuns _runs = new();
    private bool _closed;
    private string? _action;
    private string? _operation;
    private (LogEntry Entry, uint Code)? _lastError;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var previous = _runs.Current;
        if (_runs.Observe(entry))
        {
            if (previous is not null)
            {
                Report(findings, previous);
            }

            (_closed, _action, _operation, _lastError) = (false, null, null, null);
            return;
        }

        if (_runs.Current is null || _closed)
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            if (text.Contains("Initializing SetupResult", StringComparison.Ordinal) || text.Contains("-> [SetupPhaseError]", StringComparison.Ordinal))
            {
                _closed = true;
                return;
            }

            if (text.Contains("Setup phase change:", StringComparison.Ordinal))
            {
                // Setup moved on: an error before this was handled.
                _lastError = null;
                return;
            }

            var entering = text.IndexOf(EnteringMethod, StringComparison.Ordinal);
            if (entering > 0 && text.EndsWith(" Method", StringComparison.Ordinal))
            {
                _action = text[..entering].Trim().ToString();
            }
        }
        else if (entry.Component.Equals("SP", StringComparison.Ordinal))
        {
            if (text.Contains("Execution phase [", StringComparison.Ordinal) && text.Contains("exiting with HRESULT", StringComparison.Ordinal))
            {
                _closed = true;
                return;
            }

            if (Words.After(text, ExecutingOperation) is { } operation)
            {
                _operation = operation;
            }
        }

        if (entry.Level.Equals("Error", StringComparison.Ordinal) && !entry.Component.Equals("CONX", StringComparison.Ordinal) &&
            (HResult.TryFindAfter(text, "Result = ", out var code) || HResult.TryFindAfter(text, "Error: ", out code) || HResult.TryFindAfter(text, "hr = ", out code)) &&
            HResult.IsFailure(code))
        {
            _lastError = (entry, code);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Current is { } run)
        {
            Report(findings, run);
        }
    }

    private void Report(IFindingSink findings, LogAttempt run)
    {
        if (_closed || _lastError is not { } error)
        {
            return;
        }

        var hex = HResult.Format(error.Code);
        var last = (_action, _operation) switch
        {
            (not null, not null) => Strings.FormatAbruptLastBoth(_action, _operation, hex),
            (not null, null) => Strings.FormatAbruptLast(_action, hex),
            (null, not null) => Strings.FormatAbruptLast(_operation, hex),
            _ => hex,
        };
        var finding = SetupProfiles.Of("FindAbruptDownlevelFailure").Finding(Id, error.Entry, last, error.Code) with
        {
            Subject = _action ?? _operation,
            Role = FindingRole.Outcome,
            Attempt = run,
        };
        findings.Add(finding);
        _closed = true;
    }
}
