using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A dism.exe command line that DISM refused before doing anything: "DISM.EXE: Failed validating command line:
/// dism /online /cleanup-image /restorehealth /limit access" or "No providers were found that support the
/// command(enablefeature)". It is a usage problem, not a broken image: the summary says so and names the command,
/// so the user retypes it rather than repairs Windows.
/// </summary>
[ExportLogRule(Id, "DISM command lines that DISM rejected (usage errors)", LogKind.Dism)]
public sealed class DismCommandLineRule : ILogRule
{
    public const string Id = "dism.command-line";

    private const string Validating = "Failed validating command line:";
    private const string NoProviders = "No providers were found that support the command(";

    private readonly DismSession _session = new();

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Component.Equals("DISM", StringComparison.Ordinal) || _session.Observe(entry) || !entry.Level.Equals("Error", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var at = text.IndexOf(Validating, StringComparison.Ordinal);
        if (at >= 0)
        {
            var command = DismSession.Normalize(text[(at + Validating.Length)..]);
            // A refused command names itself: it is an attempt of what it would have done.
            var attempt = new LogAttempt { Operation = DismSession.Operation(command), Line = _session.Start?.Line ?? entry.Line, Time = _session.Start?.Time ?? entry.Time };
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatDismInvalidCommandLine(command), entry, subject: command) with { Attempt = attempt });
            return;
        }

        if (Words.Between(text, NoProviders, ")") is { } option)
        {
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatDismUnknownOption(option), entry, subject: "/" + option) with { Attempt = _session.Attempt });
        }
    }

    public void Complete(IFindingSink findings)
    {
    }
}
