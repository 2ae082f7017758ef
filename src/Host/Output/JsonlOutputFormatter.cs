using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WuToolkit.Host.Knowledge;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Reports;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output;

/// <summary>
/// <c>wutk run --format jsonl</c>: one JSON object a line for every row of the run, passing ones included, so that a
/// log platform can count pass rates as well as failures. Each line stands alone (docs/schemas/finding-v1.schema.json):
/// the PC's identity, the run's id and time, the wutk version, the check and what it found. A snapshot is named by its
/// file name only, never its path (which may hold a user's name). Other commands have no JSON lines form; the command
/// line refuses the format for them before a formatter is made.
/// </summary>
public sealed class JsonlOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public const int SchemaVersion = 1;

    public async Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var runId = report.RunId ?? Guid.NewGuid().ToString();
        var source = report.MachineKind == "snapshot" ? Path.GetFileName(report.Machine) : report.Machine;
        using var buffer = new MemoryStream();
        foreach (var result in report.Results)
        {
            buffer.SetLength(0);
            await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", SchemaVersion);
                json.WriteString("kind", "finding");
                json.WriteString("toolVersion", toolVersion);
                json.WriteString("runId", runId);
                json.WriteString("time", report.StartedUtc.UtcDateTime);
                if (report.Host is { } host)
                {
                    json.WriteString("host", host);
                }
                else
                {
                    json.WriteNull("host");
                }

                json.WriteBoolean("hostRedacted", report.HostRedacted);
                json.WriteString("machineKind", report.MachineKind);
                json.WriteString("source", source);
                json.WriteString("scenario", StatusText.ForJson(report.Scenario));
                json.WriteString("check", result.Id);
                json.WriteString("plugin", result.Plugin);
                json.WriteString("status", StatusText.ForJson(result.Status));
                json.WriteString("message", result.Summary);
                JsonOutputDocument.Strings(json, "errorCodes", ErrorCodes(result));
                JsonOutputDocument.Strings(json, "fixes", result.FixIds);
                json.WriteNumber("durationMs", Math.Round(result.Duration.TotalMilliseconds, 1));
                json.WriteNumber("runExitCode", report.ExitCode);
                json.WriteEndObject();
            }

            var line = TerminalText.EscapeJson(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The distinct codes the row's summary and evidence name, in the order they first appear.</summary>
    private static IEnumerable<string> ErrorCodes(CheckOutcome result) =>
        ErrorCodeText.Find(result.Summary).Concat(result.Evidence.SelectMany(evidence => ErrorCodeText.Find(evidence.Value))).Distinct(StringComparer.Ordinal);

    // Refused by the command line for every command but run (FormatSupport); these keep the JSON documents should
    // a caller ask all the same.
    public Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken) =>
        new JsonOutputFormatter(output, toolVersion).WriteListAsync(catalog, checks, settings, cancellationToken);

    public Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken) =>
        new JsonOutputFormatter(output, toolVersion).WritePluginsAsync(catalog, cancellationToken);

    public Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken) =>
        new JsonOutputFormatter(output, toolVersion).WriteLogsAsync(report, timeline, cancellationToken);

    public Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken) =>
        new JsonOutputFormatter(output, toolVersion).WriteExplainAsync(report, cancellationToken);
}
