using System.Text.Encodings.Web;
using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Abstractions;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Analysis;

namespace WuToolkit.Host.Output;

/// <summary>
/// Machine-readable output. The shape is a contract (docs/schemas/*.schema.json, tested): fields are only ever
/// added within a schema version; renaming or removing one means a new <c>schemaVersion</c>.
/// </summary>
public sealed partial class JsonOutputFormatter(TextWriter output, string toolVersion) : IOutputFormatter
{
    public const int SchemaVersion = 1;

    public Task WriteRunAsync(RunReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteAsync(json =>
        {
            Header(json, "run");
            json.WriteStartObject("machine");
            json.WriteString("kind", report.MachineKind);
            json.WriteString("source", report.Machine);
            RunIdentity(json, report);
            json.WriteEndObject();
            if (report.RunId is { } runId)
            {
                json.WriteString("runId", runId);
            }

            json.WriteString("scenario", StatusText.ForJson(report.Scenario));
            json.WriteBoolean("deep", report.Deep);
            json.WriteString("startedUtc", report.StartedUtc.UtcDateTime);
            json.WriteNumber("durationMs", Math.Round(report.Duration.TotalMilliseconds, 1));
            json.WriteNumber("exitCode", report.ExitCode);
            json.WriteStartObject("summary");
            json.WriteNumber("total", report.Results.Count);
            foreach (var status in Enum.GetValues<CheckStatus>())
            {
                json.WriteNumber(StatusText.ForJson(status), report.Count(status));
            }

            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in report.Results)
            {
                json.WriteStartObject();
                json.WriteString("id", result.Id);
                json.WriteString("plugin", result.Plugin);
                json.WriteString("title", result.Title);
                json.WriteString("status", StatusText.ForJson(result.Status));
                json.WriteString("summary", result.Summary);
                json.WriteStartArray("evidence");
                foreach (var evidence in result.Evidence)
                {
                    json.WriteStartObject();
                    json.WriteString("key", evidence.Key);
                    json.WriteString("value", evidence.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Strings(json, "fixes", result.FixIds);
                json.WriteNumber("durationMs", Math.Round(result.Duration.TotalMilliseconds, 1));
                Alerts.FindingAlert.Of(result, report.ErrorCodes)?.WriteTo(json);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }, cancellationToken);
    }

    public Task WriteListAsync(PluginCatalog catalog, IReadOnlyList<CheckDescriptor> checks, bool settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(checks);
        return WriteAsync(json =>
        {
            Header(json, "list");
            json.WriteStartArray("checks");
            foreach (var check in checks)
            {
                json.WriteStartObject();
                json.WriteString("id", check.Id);
                json.WriteString("plugin", check.Plugin);
                json.WriteString("title", check.Metadata.Title);
                json.WriteString("scenario", StatusText.ForJson(check.Metadata.Scenario));
                json.WriteBoolean("needsElevation", check.Metadata.NeedsElevation);
                Strings(json, "tags", check.Metadata.Tags ?? []);
                Strings(json, "settings", check.Settings.Select(setting => setting.Key).ToList());
                NullableString(json, "description", string.IsNullOrWhiteSpace(check.Metadata.Description) ? null : check.Metadata.Description);
                json.WriteBoolean("deep", check.Metadata.Deep);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            DeclaredSettings(json, "settings", SettingsCheck.Declared(checks));
            DeclaredSettings(json, "fixSettings", SettingsCheck.Declared(catalog.Fixes));
            json.WriteStartArray("fixes");
            foreach (var fix in catalog.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("id", fix.Id);
                json.WriteString("plugin", fix.Plugin);
                json.WriteString("title", fix.Metadata.Title);
                json.WriteString("scenario", StatusText.ForJson(fix.Metadata.Scenario));
                json.WriteBoolean("needsElevation", fix.Metadata.NeedsElevation);
                Fixes.FixList.WriteJsonDetails(json, fix);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Problems(json, catalog);
        }, cancellationToken);
    }

    public Task WriteLogsAsync(LogReport report, bool timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteAsync(json =>
        {
            Header(json, timeline ? "timeline" : "logs");
            json.WriteNumber("durationMs", Math.Round(report.Duration.TotalMilliseconds, 1));
            json.WriteNumber("exitCode", LogExitCode.Of(report));
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("entries", report.Files.Sum(file => file.Entries));
            foreach (var severity in Enum.GetValues<FindingSeverity>())
            {
                json.WriteNumber(LogText.ForJson(severity), report.Count(severity));
            }

            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(file.Kind.ToString()));
                json.WriteNumber("entries", file.Entries);
                json.WriteNumber("omittedFindings", file.OmittedFindings);
                NullableString(json, "error", file.Error);
                json.WriteBoolean("kindFromContent", file.KindFromContent);
                json.WriteBoolean("unwrapped", file.Unwrapped);

                json.WriteEndObject();
            }

            json.WriteEndArray();
            var first = report.FirstFailure();
            json.WriteStartArray("findings");
            foreach (var finding in timeline ? report.Timeline() : report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", LogText.ForJson(finding.Severity));
                json.WriteString("rule", finding.RuleId);
                json.WriteString("summary", finding.Summary);
                json.WriteString("file", finding.Entry.File);
                json.WriteNumber("line", finding.Entry.Line);
                NullableString(json, "time", finding.Entry.Time?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));

                json.WriteString("component", finding.Entry.Component);
                NullableString(json, "code", finding.Code is { } code ? $"0x{code:X8}" : null);
                NullableString(json, "subject", finding.Subject);

                Strings(json, "checks", finding.CheckIds ?? []);
                Strings(json, "fixes", finding.FixIds ?? []);
                json.WriteBoolean("firstFailure", ReferenceEquals(finding, first));
                json.WriteNumber("occurrences", report.Occurrences(finding));
                NullableString(json, "remedy", finding.Remedy);
                json.WriteString("role", LogText.ForJson(finding.Role));
                if (finding.Attempt is { } attempt)
                {
                    json.WriteStartObject("attempt");
                    Attempt(json, attempt);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("attempt");
                }

                json.WriteBoolean("superseded", report.IsSuperseded(finding));
                json.WriteEndObject();
                JsonOutputDocument.Drain(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("attempts");
            foreach (var run in report.Attempts())
            {
                json.WriteStartObject();
                json.WriteString("file", run.File);
                Attempt(json, run.Attempt);
                json.WriteBoolean("failed", run.Failed);
                json.WriteBoolean("current", run.IsCurrent);
                json.WriteString("verdict", run.Verdict.Summary);
                json.WriteNumber("verdictLine", run.Verdict.Entry.Line);
                json.WriteEndObject();
                JsonOutputDocument.Drain(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("ruleProblems");
            foreach (var problem in report.RuleProblems)
            {
                json.WriteStartObject();
                json.WriteString("rule", problem.RuleId);
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Line);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }, cancellationToken);
    }

    /// <summary>The host, when the run knows it (added in 1.2: absent before, and for snapshots).</summary>
    private static void RunIdentity(Utf8JsonWriter json, RunReport report)
    {
        if (report.Host is { } host)
        {
            json.WriteString("host", host);
            json.WriteBoolean("hostRedacted", report.HostRedacted);
        }
    }

    private static void Attempt(Utf8JsonWriter json, Abstractions.Logs.LogAttempt attempt)
    {
        json.WriteString("operation", attempt.Operation);
        json.WriteNumber("line", attempt.Line);
        NullableString(json, "time", attempt.Time?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
    }

    private void Header(Utf8JsonWriter json, string kind)
    {
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("kind", kind);
        json.WriteString("toolVersion", toolVersion);
    }

    private static void Problems(Utf8JsonWriter json, PluginCatalog catalog)
    {
        json.WriteStartArray("problems");
        foreach (var problem in catalog.Problems)
        {
            json.WriteStartObject();
            json.WriteString("plugin", problem.Plugin);
            json.WriteString("path", problem.AssemblyPath);
            json.WriteString("message", problem.Message);
            json.WriteBoolean("refused", problem.PluginRefused);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values) => JsonOutputDocument.Strings(json, name, values);

    private static void DeclaredSettings(Utf8JsonWriter json, string name, IReadOnlyList<(Setting Setting, string Plugin)> declared)
    {
        json.WriteStartArray(name);
        foreach (var (setting, plugin) in declared)
        {
            json.WriteStartObject();
            json.WriteString("key", setting.Key);
            json.WriteString("plugin", plugin);
            json.WriteString("kind", SettingsCheck.KindName(setting));
            json.WriteString("default", setting.DefaultText);
            json.WriteString("accepts", SettingExpectation.Describe(setting));
            json.WriteString("description", setting.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private Task WriteAsync(Action<Utf8JsonWriter> body, CancellationToken cancellationToken) =>
        JsonOutputDocument.WriteAsync(output, body, cancellationToken);
}
