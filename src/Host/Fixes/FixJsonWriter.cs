using System.Text.Encodings.Web;
using System.Text.Json;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing;
using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Output;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// The fix commands' JSON (docs/schemas/fix-v1, undo-v1 and journals-v1): a plan a fleet tool can review before it
/// approves, and what was done, for an audit. The shapes are a contract: fields are only ever added.
/// </summary>
public sealed class FixJsonWriter(TextWriter output, string toolVersion)
{
    public const int SchemaVersion = 1;

    public Task WriteFixAsync(FixCommandReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteAsync(json =>
        {
            Header(json, "fix");
            json.WriteStartObject("machine");
            json.WriteString("kind", report.Machine.Kind);
            json.WriteString("source", report.Machine.Source);
            json.WriteString("name", report.Machine.Name);
            Strings(json, "managedBy", report.Machine.ManagedBy);
            json.WriteBoolean("canChange", report.Machine.CanChange);
            json.WriteBoolean("elevated", report.Machine.Elevated);
            json.WriteEndObject();
            json.WriteBoolean("dryRun", report.DryRun);
            json.WriteNumber("exitCode", report.ExitCode);
            json.WriteString("message", report.Message);
            json.WriteStartArray("checks");
            foreach (var check in report.Checks)
            {
                Check(json, check);
            }

            json.WriteEndArray();
            json.WriteStartArray("fixes");
            foreach (var entry in report.Fixes)
            {
                Fix(json, entry);
            }

            json.WriteEndArray();
        }, cancellationToken);
    }

    public Task WriteUndoAsync(FixRun run, int exitCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return WriteAsync(json =>
        {
            Header(json, "undo");
            json.WriteNumber("exitCode", exitCode);
            Run(json, run);
        }, cancellationToken);
    }

    public Task WriteCleanupAsync(FixJournal journal, IReadOnlyList<string> deleted, IReadOnlyList<string> problems, int exitCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return WriteAsync(json =>
        {
            Header(json, "cleanup");
            json.WriteNumber("exitCode", exitCode);
            json.WriteString("journal", journal.Id);
            json.WriteString("fix", journal.FixId);
            Strings(json, "deleted", deleted);
            Strings(json, "problems", problems);
        }, cancellationToken);
    }

    public Task WriteJournalsAsync(string folder, IReadOnlyList<FixJournal> journals, IReadOnlyList<(string Id, string Problem)> damaged, CancellationToken cancellationToken) =>
        WriteAsync(json =>
        {
            Header(json, "journals");
            json.WriteString("folder", folder);
            json.WriteStartArray("journals");
            foreach (var journal in journals)
            {
                json.WriteStartObject();
                json.WriteString("id", journal.Id);
                json.WriteString("fix", journal.FixId);
                json.WriteString("title", journal.Title);
                json.WriteString("machine", journal.Machine);
                json.WriteString("startedUtc", journal.StartedUtc.UtcDateTime);
                json.WriteString("lastUtc", journal.LastUtc.UtcDateTime);
                json.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(journal.State.ToString()));
                json.WriteBoolean("needsUndo", journal.NeedsUndo);
                json.WriteNumber("steps", journal.Steps.Count);
                Strings(json, "movedAside", journal.MovedAside.Select(step => step.Prepared!.MoveTo!));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("damaged");
            foreach (var (id, problem) in damaged)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("problem", problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }, cancellationToken);

    private static void Fix(Utf8JsonWriter json, FixEntry entry)
    {
        var fix = entry.Planned.Fix;
        json.WriteStartObject();
        json.WriteString("id", fix.Id);
        json.WriteString("plugin", fix.Plugin);
        json.WriteString("title", fix.Metadata.Title);
        json.WriteString("impact", Camel(fix.Metadata.Impact.ToString()));
        json.WriteBoolean("needsElevation", fix.Metadata.NeedsElevation);
        Strings(json, "addresses", fix.Metadata.Addresses);
        json.WriteString("status", Camel(entry.Status.ToString()));
        json.WriteString("message", entry.Message);
        if (entry.Planned.Review is { } review)
        {
            Plan(json, review);
        }
        else
        {
            json.WriteNull("plan");
        }

        if (entry.Run is { } run)
        {
            json.WriteStartObject("result");
            Run(json, run);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("result");
        }

        json.WriteStartArray("verification");
        foreach (var change in entry.Verification)
        {
            json.WriteStartObject();
            json.WriteString("id", change.Id);
            if (change.Before is { } before)
            {
                json.WriteString("before", StatusText.ForJson(before));
            }
            else
            {
                json.WriteNull("before");
            }

            json.WriteString("after", StatusText.ForJson(change.After.Status));
            json.WriteString("summary", change.After.Summary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Plan(Utf8JsonWriter json, PlanReview review)
    {
        json.WriteStartObject("plan");
        json.WriteStartArray("steps");
        for (var index = 0; index < review.Plan.Steps.Count; index++)
        {
            var step = review.Plan.Steps[index];
            json.WriteStartObject();
            json.WriteNumber("index", index + 1);
            json.WriteString("description", StepText.Describe(step));
            json.WriteString("reason", step.Reason);
            json.WriteBoolean("reversible", step.IsReversible);
            json.WriteString("undo", StepText.DescribeUndo(step));
            json.WriteBoolean("longRunning", step is RunProgramStep { LongRunning: true });
            var refusal = review.Refusals.FirstOrDefault(refused => refused.Index == index);
            if (refusal is null)
            {
                json.WriteNull("refused");
            }
            else
            {
                json.WriteString("refused", refusal.Reason);
            }

            json.WritePropertyName("step");
            JsonSerializer.SerializeToElement(step, FixJson.Compact).WriteTo(json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("omitted");
        foreach (var omitted in review.Plan.Omitted)
        {
            json.WriteStartObject();
            json.WriteString("description", omitted.Description);
            json.WriteString("reason", omitted.Reason);
            json.WriteBoolean("managedPc", review.OmittedForManagement.Contains(omitted));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", review.Plan.Notes);
        json.WriteBoolean("hasIrreversibleSteps", review.Plan.HasIrreversibleSteps);
        json.WriteBoolean("canApply", review.CanApply);
        json.WriteEndObject();
    }

    private static void Run(Utf8JsonWriter json, FixRun run)
    {
        json.WriteString("status", Camel(run.Status.ToString()));
        json.WriteString("fix", run.FixId);
        if (run.JournalId is { } journal)
        {
            json.WriteString("journal", journal);
        }
        else
        {
            json.WriteNull("journal");
        }

        json.WriteBoolean("cancelled", run.Cancelled);
        if (run.FailedStep is { } failed)
        {
            json.WriteNumber("failedStep", failed + 1);
        }
        else
        {
            json.WriteNull("failedStep");
        }

        json.WriteString("message", run.Message);
        json.WriteStartArray("steps");
        foreach (var step in run.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("index", step.Index + 1);
            json.WriteString("description", StepText.Describe(step.Step));
            json.WriteString("run", Camel(step.Run.ToString()));
            json.WriteString("message", step.Message);
            if (step.ExitCode is { } code)
            {
                json.WriteNumber("exitCode", code);
            }
            else
            {
                json.WriteNull("exitCode");
            }

            json.WriteString("undo", Camel(step.Undo.ToString()));
            json.WriteString("undoMessage", step.UndoMessage);
            if (step.Prepared?.MoveTo is { } moveTo && step.Step is RenameFolderStep or RenameFileStep)
            {
                json.WriteString("movedTo", moveTo);
            }
            else
            {
                json.WriteNull("movedTo");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Numbers(json, "restored", run.Restored.Select(step => step.Index + 1));
        Numbers(json, "notRestored", run.NotRestored.Select(step => step.Index + 1));
        Numbers(json, "notReversible", run.NotReversible.Select(step => step.Index + 1));
    }

    private static void Check(Utf8JsonWriter json, CheckOutcome check)
    {
        json.WriteStartObject();
        json.WriteString("id", check.Id);
        json.WriteString("status", StatusText.ForJson(check.Status));
        json.WriteString("summary", check.Summary);
        Strings(json, "fixes", check.FixIds);
        json.WriteEndObject();
    }

    private void Header(Utf8JsonWriter json, string kind)
    {
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("kind", kind);
        json.WriteString("toolVersion", toolVersion);
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values) => JsonOutputDocument.Strings(json, name, values);

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private Task WriteAsync(Action<Utf8JsonWriter> body, CancellationToken cancellationToken) =>
        JsonOutputDocument.WriteAsync(output, body, cancellationToken);
}
