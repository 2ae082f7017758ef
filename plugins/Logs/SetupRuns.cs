using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Follows the runs of Setup in a setupact.log: each starts with SetupHost's command line
/// ("MOUPG  SetupHost::Initialize: CmdLine = [/Install /Media …]"), and a log kept across retries holds several. A
/// finding carries its run as its attempt, so that a later run of the same kind (an upgrade started again, a new
/// compatibility scan) supersedes it. The kind is read from the command line: <c>/Compat ScanOnly</c> is a compatibility
/// scan, <c>/PreDownload</c> a download ahead of the upgrade, anything else the upgrade itself.
/// </summary>
internal sealed class SetupRuns
{
    /// <summary>The words of the line that starts a run: a rule that follows runs declares it among its markers.</summary>
    public const string Marker = "SetupHost::Initialize: CmdLine";

    private const string CmdLine = Marker;

    /// <summary>The run the entries now belong to, or null before the log shows one (a rollback log, an excerpt).</summary>
    public LogAttempt? Current { get; private set; }

    /// <summary>The command line of the current run.</summary>
    public string? CommandLine { get; private set; }

    /// <summary>True when the current run is a compatibility scan only (<c>/Compat ScanOnly</c>).</summary>
    public bool ScanOnly { get; private set; }

    /// <summary>True when the current run was started quietly (<c>/Quiet</c>), where dismissible warnings block.</summary>
    public bool Quiet { get; private set; }

    /// <summary>True when the current run was given drivers to add (<c>/InstallDrivers</c>).</summary>
    public bool InstallsDrivers { get; private set; }

    /// <summary>Sees an entry; true when it started a new run.</summary>
    public bool Observe(LogEntry entry)
    {
        if (!entry.Component.Equals("MOUPG", StringComparison.Ordinal))
        {
            return false;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var at = text.IndexOf(CmdLine, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + CmdLine.Length)..];
        var open = rest.IndexOf('[');
        var command = (open < 0 ? rest : rest[(open + 1)..]).TrimEnd().TrimEnd(']').ToString();
        CommandLine = command;
        var words = command.Replace("\"", "", StringComparison.Ordinal);
        ScanOnly = words.Contains("/Compat ScanOnly", StringComparison.OrdinalIgnoreCase);
        Quiet = words.Contains("/Quiet", StringComparison.OrdinalIgnoreCase);
        InstallsDrivers = words.Contains("/InstallDrivers", StringComparison.OrdinalIgnoreCase);
        var operation = ScanOnly ? Strings.RunScanOnly
            : words.Contains("/PreDownload", StringComparison.OrdinalIgnoreCase) ? Strings.RunPreDownload
            : Strings.RunUpgrade;
        Current = new LogAttempt { Operation = operation, Line = entry.Line, Time = entry.Time };
        return true;
    }

    /// <summary>The finding as part of the current run.</summary>
    public LogFinding Tag(LogFinding finding) => Current is null ? finding : finding with { Attempt = Current };
}
