using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WuToolkit.Host.Reports;

/// <summary>
/// <c>--format json</c>: the report-v1 document (docs/schemas/report-v1.schema.json). The machines are written as they
/// are read, a buffer's worth at a time; the counters follow them, since they are only known at the end.
/// </summary>
public sealed class FleetJsonWriter : IFleetWriter, IDisposable
{
    public const int SchemaVersion = 1;

    private const int FlushAt = 64 * 1024;

    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    public FleetJsonWriter(TextWriter output, string toolVersion, DateTimeOffset generatedUtc)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteNumber("schemaVersion", SchemaVersion);
        _json.WriteString("kind", "report");
        _json.WriteString("toolVersion", toolVersion);
        _json.WriteString("generatedUtc", generatedUtc.UtcDateTime);
        _json.WriteStartArray("machines");
    }

    public async Task RowAsync(MachineRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        _json.WriteStartObject();
        _json.WriteString("machine", row.Identity);
        _json.WriteString("verdict", VerdictText.ForData(row.Verdict));
        Strings("failingChecks", row.FailingChecks);
        Strings("warningChecks", row.WarningChecks);
        Strings("errorCodes", row.ErrorCodes);
        _json.WriteString("toolVersion", row.ToolVersion);
        if (row.StartedUtc is { } started)
        {
            _json.WriteString("startedUtc", started.UtcDateTime);
        }
        else
        {
            _json.WriteNull("startedUtc");
        }

        _json.WriteString("source", row.Source);
        _json.WriteEndObject();
        if (_json.BytesPending + _buffer.Length > FlushAt)
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task EndAsync(FleetTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tally);
        _json.WriteEndArray();
        _json.WriteNumber("exitCode", tally.ExitCode);
        _json.WriteStartObject("summary");
        _json.WriteNumber("machines", tally.Machines);
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            _json.WriteNumber(VerdictText.ForData(verdict), tally.Count(verdict));
        }

        _json.WriteNumber("unreadable", tally.UnreadableCount);
        _json.WriteEndObject();
        _json.WriteStartArray("failingChecks");
        foreach (var (id, machines) in tally.TopChecks(int.MaxValue))
        {
            _json.WriteStartObject();
            _json.WriteString("id", id);
            _json.WriteNumber("machines", machines);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("errorCodes");
        foreach (var (code, machines) in tally.TopCodes(int.MaxValue))
        {
            _json.WriteStartObject();
            _json.WriteString("code", code);
            _json.WriteNumber("machines", machines);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        Strings("unreadable", tally.Unreadable);
        _json.WriteEndObject();
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        await _output.WriteLineAsync().ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    private void Strings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        _json.Flush();
        var text = Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        _buffer.SetLength(0);
        await _output.WriteAsync(Output.TerminalText.EscapeJson(text).AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
