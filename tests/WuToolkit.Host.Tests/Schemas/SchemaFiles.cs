using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>The published JSON Schemas in docs/schemas, and validation against them with every error named.</summary>
internal static class SchemaFiles
{
    public const string Snapshot = "snapshot-v1.schema.json";
    public const string Run = "run-v1.schema.json";
    public const string List = "list-v1.schema.json";
    public const string Plugins = "plugins-v1.schema.json";
    public const string Fix = "fix-v1.schema.json";
    public const string Undo = "undo-v1.schema.json";
    public const string Journals = "journals-v1.schema.json";
    public const string Journal = "journal-v1.schema.json";
    public const string Finding = "finding-v1.schema.json";
    public const string Report = "report-v1.schema.json";
    public const string BundleManifest = "bundle-manifest-v1.schema.json";

    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    // "format" is checked, not only annotated: a date that is not a date is an error.
    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static string PathOf(string name) => Path.Combine(TestPaths.RepoRoot, "docs", "schemas", name);

    /// <summary>The schema, built once; each in a registry of its own, so that building never clashes on $id.</summary>
    public static JsonSchema Load(string name) =>
        Built.GetOrAdd(name, static n => JsonSchema.FromText(File.ReadAllText(PathOf(n)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Every way <paramref name="json"/> breaks the schema, as "location: keyword message" lines; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Errors(name, document.RootElement);
    }

    public static IReadOnlyList<string> Errors(string name, JsonElement instance)
    {
        var results = Load(name).Evaluate(instance, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new[] { results }.Concat(results.Details ?? [])
            .Where(node => node.Errors is { Count: > 0 })
            .SelectMany(node => node.Errors!.Select(error => $"{node.InstanceLocation}: {error.Key}: {error.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid, with no error reported"];
    }
}
