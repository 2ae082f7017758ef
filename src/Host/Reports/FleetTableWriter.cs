using System.Globalization;
using Spectre.Console;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Reports;

/// <summary>
/// The default view for a person: machines by verdict, the checks that failed on the most machines, the most common
/// error codes, and the <c>top</c> machines in the worst state. Keeps only those rows while reading.
/// </summary>
public sealed class FleetTableWriter : IFleetWriter
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _output;
    private readonly int _top;
    private readonly WorstRows _worst;

    public FleetTableWriter(TextWriter output, bool color, int width, int top)
    {
        _output = output;
        _top = top;
        _worst = new WorstRows(top);
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        _console.Profile.Width = width > 0 ? width : Output.TableOutputFormatter.RedirectedWidth;
    }

    public Task RowAsync(MachineRow row, CancellationToken cancellationToken)
    {
        _worst.Offer(row);
        return Task.CompletedTask;
    }

    public async Task EndAsync(FleetTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var verdicts = Table(ReportStrings.ColumnVerdict, ReportStrings.ColumnMachines);
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            verdicts.AddRow(Plain(VerdictText.ForPeople(verdict)), Plain(Number(tally.Count(verdict))));
        }

        _console.Write(verdicts);
        if (tally.TopChecks(_top) is { Count: > 0 } checks)
        {
            var table = Table(ReportStrings.ColumnFailingCheck, ReportStrings.ColumnMachines);
            foreach (var (id, machines) in checks)
            {
                table.AddRow(Plain(id), Plain(Number(machines)));
            }

            _console.Write(table);
        }

        if (tally.TopCodes(_top) is { Count: > 0 } codes)
        {
            var table = Table(ReportStrings.ColumnErrorCode, ReportStrings.ColumnMachines);
            foreach (var (code, machines) in codes)
            {
                table.AddRow(Plain(code), Plain(Number(machines)));
            }

            _console.Write(table);
        }

        var rows = _worst.Ordered();
        if (rows.Count > 0)
        {
            var table = Table(ReportStrings.ColumnMachine, ReportStrings.ColumnVerdict, ReportStrings.ColumnFailingChecks, ReportStrings.ColumnErrorCodes, ReportStrings.ColumnVersion, ReportStrings.ColumnTime);
            foreach (var row in rows)
            {
                table.AddRow(
                    Plain(row.Identity),
                    Plain(VerdictText.ForPeople(row.Verdict)),
                    Plain(string.Join(", ", row.FailingChecks)),
                    Plain(string.Join(", ", row.ErrorCodes)),
                    Plain(row.ToolVersion),
                    Plain(row.StartedUtc?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? ""));
            }

            _console.Write(table);
            if (tally.Machines > rows.Count)
            {
                var more = tally.Machines - rows.Count;
                await _output.WriteLineAsync(Output.Plural.Of(more, ReportStrings.FormatMoreMachinesOne(Number(more)), ReportStrings.FormatMoreMachinesOther(Number(more)))).ConfigureAwait(false);
            }
        }

        var machineCount = Output.Plural.Of(tally.Machines, ReportStrings.FormatFleetMachinesOne(Number(tally.Machines)), ReportStrings.FormatFleetMachinesOther(Number(tally.Machines)));
        var unreadable = Output.Plural.Of(tally.UnreadableCount, ReportStrings.FormatFleetUnreadableOne(Number(tally.UnreadableCount)), ReportStrings.FormatFleetUnreadableOther(Number(tally.UnreadableCount)));
        await _output.WriteLineAsync(ReportStrings.FormatFleetSummary(
            machineCount, Number(tally.Count(Verdict.Healthy)), Number(tally.Count(Verdict.Warn)),
            Number(tally.Count(Verdict.Fail)), Number(tally.Count(Verdict.Incomplete)), unreadable)).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static Spectre.Console.Text Plain(string text) => new(Output.TerminalText.Escape(text));

    private static Table Table(params string[] columns)
    {
        var table = new Table { Border = TableBorder.Simple };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }
}
