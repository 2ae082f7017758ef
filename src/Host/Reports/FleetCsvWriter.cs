using System.Globalization;

namespace WuToolkit.Host.Reports;

/// <summary>
/// <c>--format csv</c>: one row a machine, written as it is read (RFC 4180: comma separated, fields with a comma, quote
/// or line break quoted, quotes doubled, CRLF line ends). Lists within a field are separated by <c>;</c>. A field that
/// a spreadsheet would take for a formula (starting with = + - @ or a tab) gets a leading apostrophe, so a crafted host
/// name cannot run anything where the file is opened. The header is English and stable, like JSON keys.
/// </summary>
public sealed class FleetCsvWriter(TextWriter output) : IFleetWriter
{
    public const string Header = "machine,verdict,failing_checks,warning_checks,error_codes,wutk_version,started_utc,source";

    private bool _started;

    public async Task RowAsync(MachineRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var fields = new[]
        {
            row.Identity,
            VerdictText.ForData(row.Verdict),
            string.Join(';', row.FailingChecks),
            string.Join(';', row.WarningChecks),
            string.Join(';', row.ErrorCodes),
            row.ToolVersion,
            row.StartedUtc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
            row.Source,
        };
        await output.WriteAsync(string.Join(',', fields.Select(Field)).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\r\n".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(FleetTally tally, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One field, defused and quoted as needed.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            await output.WriteAsync((Header + "\r\n").AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }
}
