using Spectre.Console;
using Spectre.Console.Rendering;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output;

/// <summary>
/// Output for people: one row a finding with its next step, the evidence under problems, and a closing
/// summary line, as <c>flutter doctor</c> does. Spectre.Console only renders; colour is decided by the caller.
/// </summary>
public sealed partial class TableOutputFormatter : IOutputFormatter
{
    /// <summary>Wide enough that a redirected table keeps each finding on one line.</summary>
    public const int RedirectedWidth = 160;

    private const int MaxEvidenceLines = 8;

    // Styles, not markup with colour names: a colour named in markup makes Spectre.Console build its whole table of
    // 256 named colours on first use, on every start, even when the output has no colour. "cyan" in markup is Aqua.
    private static readonly Style Dim = new(decoration: Decoration.Dim);

    private static readonly Style Bold = new(decoration: Decoration.Bold);

    private static readonly Style NextStep = new(Color.Aqua);

    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;
    private readonly bool _terminal;
    private readonly bool _detailed;

    /// <param name="output">Where the table goes.</param>
    /// <param name="color">Whether to colour it.</param>
    /// <param name="terminal">Whether a person reads it at a terminal (wrapped lines, rounded borders).</param>
    /// <param name="width">The terminal's width; 0 when redirected.</param>
    /// <param name="detailed">Whether more is shown (<c>-v detailed</c>): what each check decides, under its title.</param>
    public TableOutputFormatter(TextWriter output, bool color, bool terminal, int width, bool detailed = false)
    {
        _output = output;
        _terminal = terminal;
        _detailed = detailed;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        _console.Profile.Width = width > 0 ? width : RedirectedWidth;
    }

    public Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = NewTable(Strings.ColumnStatus, Strings.ColumnCheck, Strings.ColumnFinding);
        foreach (var result in report.Results)
        {
            table.AddRow(Status(result.Status), Plain(result.Id), Finding(result));
        }

        _console.Write(table);
        var summary = Strings.FormatRunSummary(
            report.Results.Count,
            report.Count(CheckStatus.Pass),
            report.Count(CheckStatus.Warn),
            report.Count(CheckStatus.Fail),
            report.Count(CheckStatus.Skipped),
            report.Count(CheckStatus.Error));
        var verdict = report.ResultCode switch
        {
            ExitCodes.IssueFound => Strings.VerdictIssues,
            ExitCodes.Incomplete => Strings.VerdictIncomplete,
            _ => Strings.VerdictOk,
        };
        Line($"{summary} {verdict}");
        return Task.CompletedTask;
    }

    public Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(checks);
        if (settings)
        {
            return WriteSettings(SettingsCheck.Declared(checks), SettingsCheck.Declared(catalog.Fixes));
        }

        var table = NewTable(Strings.ColumnCheck, Strings.ColumnPlugin, Strings.ColumnScenario, Strings.ColumnTitle, Strings.ColumnTags);
        foreach (var check in checks)
        {
            table.AddRow(
                Plain(check.Id),
                Plain(check.Plugin),
                new Text(StatusText.ForJson(check.Metadata.Scenario)),
                CheckTitle(check.Metadata),
                Plain(string.Join(", ", check.Metadata.Tags ?? [])));
        }

        _console.Write(table);
        if (catalog.Fixes.Any())
        {
            var fixes = NewTable(Strings.ColumnFix, Strings.ColumnPlugin, Strings.ColumnScenario, Strings.ColumnTitle);
            foreach (var fix in catalog.Fixes)
            {
                fixes.AddRow(Plain(fix.Id), Plain(fix.Plugin), new Text(StatusText.ForJson(fix.Metadata.Scenario)), Plain(fix.Metadata.Title));
            }

            _console.Write(fixes);
        }

        Line(Strings.FormatListSummary(checks.Count, catalog.Plugins.Count, catalog.Fixes.Count()));
        if (checks.Count(check => check.Metadata.Deep) is > 0 and var deep)
        {
            Line(Strings.FormatListDeepNote(deep));
        }

        return Task.CompletedTask;
    }

    /// <summary>The title with what the user must know before running the check, and (detailed) what it decides.</summary>
    private IRenderable CheckTitle(CheckMetadata metadata)
    {
        var title = metadata.NeedsElevation ? Strings.FormatNeedsElevation(metadata.Title) : metadata.Title;
        title = metadata.Deep ? Strings.FormatDeepCheckTitle(title) : title;
        if (!_detailed || string.IsNullOrWhiteSpace(metadata.Description))
        {
            return Plain(title);
        }

        return new Rows(Plain(title), new Markup($"[dim]{Markup.Escape(TerminalText.Escape(metadata.Description))}[/]"));
    }

    /// <summary>The checks' settings (<c>wutk run --set</c>), then those of the fixes (<c>wutk fix --set</c>) when any declare one.</summary>
    private Task WriteSettings(IReadOnlyList<(Setting Setting, string Plugin)> checks, IReadOnlyList<(Setting Setting, string Plugin)> fixes)
    {
        WriteSettingsTable(checks);
        Line(Strings.FormatSettingsSummary(checks.Count));
        if (fixes.Count > 0)
        {
            WriteSettingsTable(fixes);
            Line(Strings.FormatFixSettingsSummary(fixes.Count));
        }

        return Task.CompletedTask;
    }

    private void WriteSettingsTable(IReadOnlyList<(Setting Setting, string Plugin)> declared)
    {
        var table = NewTable(Strings.ColumnSetting, Strings.ColumnDefault, Strings.ColumnAccepts, Strings.ColumnDescription);
        foreach (var (setting, _) in declared)
        {
            table.AddRow(Plain(setting.Key), Plain(setting.DefaultText), Plain(SettingExpectation.Describe(setting)), Plain(setting.Description));
        }

        _console.Write(table);
    }

    public Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var first = report.FirstFailure();
        foreach (var file in report.Files.Where(file => file.KindFromContent && file.Error is null))
        {
            // Text whose name said nothing (standard input, a paste, a renamed copy): say what it was taken for.
            Line(file.Unwrapped
                ? Strings.FormatLogKindTakenUnwrapped(TerminalText.Escape(file.Path), LogText.KindForPeople(file.Kind))
                : Strings.FormatLogKindTaken(TerminalText.Escape(file.Path), LogText.KindForPeople(file.Kind)));
        }

        var table = NewTable(Strings.ColumnSeverity, Strings.ColumnWhere, Strings.ColumnFinding);
        // Verdicts that are no failure (an upgrade that succeeded, a scan that found nothing) are shown too; other
        // context is for the timeline. A run of an operation says its verdict under "attempts" below.
        var findings = timeline ? report.Timeline()
            : report.Findings.Where(f => f.Severity != FindingSeverity.Info || (f.Role == FindingRole.Outcome && f.Attempt is null)).ToList();
        foreach (var finding in findings)
        {
            var lines = new List<IRenderable> { Plain(finding.Summary) };
            if (finding.Remedy is { Length: > 0 } remedy)
            {
                lines.Add(Plain(Strings.FormatFindingRemedy(remedy)));
            }

            if (report.Occurrences(finding) is > 1 and var times)
            {
                lines.Add(new Text(Strings.FormatFindingRepeated(times), Dim));
            }

            if (report.IsSuperseded(finding))
            {
                lines.Add(new Text(Strings.FindingSuperseded, Dim));
            }

            if (ReferenceEquals(finding, first))
            {
                lines.Add(new Text(Strings.FirstFailureMark, Bold));
            }

            lines.AddRange((finding.CheckIds ?? []).Select(id => new Text(Strings.FormatNextStepCheck(TerminalText.Escape(id)), NextStep)));
            lines.AddRange((finding.FixIds ?? []).Select(id => new Text(Strings.FormatNextStepFix(TerminalText.Escape(id)), NextStep)));
            table.AddRow(Severity(finding.Severity), new Text(Where(finding.Entry)), lines.Count == 1 ? lines[0] : new Rows(lines));
        }

        if (findings.Count > 0)
        {
            _console.Write(table);
        }

        WriteAttempts(report);
        foreach (var file in report.Files.Where(file => file.Error is not null))
        {
            Line(MessageLine.Warning(file.Error!));
        }

        foreach (var problem in report.RuleProblems)
        {
            Line(MessageLine.Warning(problem.Message));
        }

        foreach (var file in report.Files.Where(file => file.OmittedFindings > 0))
        {
            Line(MessageLine.Warning(Strings.FormatFindingsOmitted(file.Path, file.OmittedFindings)));
        }

        Line(Strings.FormatLogsSummary(
            report.Files.Count,
            report.Files.Sum(file => file.Entries),
            report.Count(FindingSeverity.Failure),
            report.Count(FindingSeverity.Warning),
            report.Count(FindingSeverity.Repaired)));
        if (first is not null)
        {
            Line(Strings.FormatLogsStartHere(Where(first.Entry).ReplaceLineEndings(" "), TerminalText.Escape(first.Summary)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Each run of an operation with its verdict, the one that explains the PC's state marked, file by file.</summary>
    private void WriteAttempts(LogReport report)
    {
        foreach (var group in report.Attempts().GroupBy(attempt => (attempt.File, attempt.Attempt.Operation)))
        {
            Line(Strings.FormatAttemptsHeading(TerminalText.Escape(Path.GetFileName(group.Key.File)), TerminalText.Escape(group.Key.Operation)));
            var runs = group.ToList();
            foreach (var run in runs)
            {
                var when = run.Attempt.Time is { } time
                    ? time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
                    : Strings.FormatAttemptLine(run.Attempt.Line);
                var verdict = TerminalText.Escape(run.Verdict.Summary);
                var text = run.Failed ? Strings.FormatAttemptFailed(when, verdict) : Strings.FormatAttemptEnded(when, verdict);
                Line(run.IsCurrent && runs.Count > 1 ? Strings.FormatAttemptCurrent(text) : text);
            }
        }
    }

    private static string Where(LogEntry entry)
    {
        var place = $"{ShortName(TerminalText.Escape(Path.GetFileName(entry.File)))}:{entry.Line}";
        return entry.Time is { } time
            ? $"{place}\n{time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}"
            : place;
    }

    /// <summary>Long file names (collected logs are often renamed with their origin) keep their start and end.</summary>
    private static string ShortName(string name) =>
        name.Length <= 32 ? name : string.Concat(name.AsSpan(0, 14), "…", name.AsSpan(name.Length - 17));

    private static Text Severity(FindingSeverity severity)
    {
        var color = severity switch
        {
            FindingSeverity.Failure => Color.Red,
            FindingSeverity.Warning => Color.Yellow,
            FindingSeverity.Repaired => Color.Green,
            _ => Color.Grey,
        };
        return new Text(LogText.ForPeople(severity), new Style(color));
    }

    /// <summary>Data (from a snapshot, a log, a plugin) as plain text, escaped for the terminal.</summary>
    private static Text Plain(string? text) => new(TerminalText.Escape(text));

    /// <summary>A line of text: wrapped at words on a terminal, whole when redirected, so a script can grep it.</summary>
    private void Line(string text = "")
    {
        if (_terminal)
        {
            _console.WriteLine(text);
        }
        else
        {
            _output.WriteLine(text);
        }
    }

    private Table NewTable(params string[] columns)
    {
        var table = new Table { Border = _terminal ? TableBorder.Rounded : TableBorder.Ascii };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        return table;
    }

    private static Text Status(CheckStatus status)
    {
        var color = status switch
        {
            CheckStatus.Pass => Color.Green,
            CheckStatus.Warn => Color.Yellow,
            CheckStatus.Fail => Color.Red,
            CheckStatus.Skipped => Color.Grey,
            _ => Color.Fuchsia,
        };
        return new Text(StatusText.ForPeople(status), new Style(color));
    }

    private static IRenderable Finding(CheckOutcome result)
    {
        var lines = new List<IRenderable> { Plain(result.Summary) };
        if (result.Status is CheckStatus.Warn or CheckStatus.Fail)
        {
            lines.AddRange(result.Evidence.Take(MaxEvidenceLines)
                .Select(e => new Text($"  {TerminalText.Escape(e.Key)}: {TerminalText.Escape(e.Value)}", Dim)));
            if (result.Evidence.Count > MaxEvidenceLines)
            {
                lines.Add(new Text($"  {Strings.FormatMoreEvidence(result.Evidence.Count - MaxEvidenceLines)}", Dim));
            }
        }

        lines.AddRange(result.FixIds.Select(fix => new Text(Strings.FormatNextStepFix(TerminalText.Escape(fix)), NextStep)));
        return lines.Count == 1 ? lines[0] : new Rows(lines);
    }
}
