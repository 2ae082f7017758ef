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

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Level.Equals("Error", StringComparison.Ordinal) || !entry.Component.Equals("DISM", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var at = text.IndexOf(Validating, StringComparison.Ordinal);
        if (at >= 0)
        {
            var command = DismSession.Normalize(text[(at + Validating.Length)..]);
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatDismInvalidCommandLine(command), entry, subject: command));
            return;
        }

        if (Words.Between(text, NoProviders, ")") is { } option)
        {
            findings.Add(Findings.Of(FindingSeverity.Failure, Id, Strings.FormatDismUnknownOption(option), entry, subject: "/" + option));
        }
    }

    public void Complete(IFindingSink findings)
    {
    }
}
