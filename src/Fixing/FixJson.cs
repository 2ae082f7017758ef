using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing;

/// <summary>
/// How fix steps and journal entries read and write as JSON: camel-case names, enums as camel-case words, absent
/// values left out, and each step tagged with its kind (<c>"kind": "stopService"</c>; a registry step's own kind of value is <c>valueKind</c>), the kinds being the SDK's closed
/// set. Plans, journals and results share it, so a step reads the same in all three (docs/schemas).
/// </summary>
public static class FixJson
{
    /// <summary>The kind names of the steps, as JSON writes them.</summary>
    public static IReadOnlyList<(Type Type, string Kind)> StepKinds { get; } =
    [
        (typeof(StopServiceStep), "stopService"),
        (typeof(StartServiceStep), "startService"),
        (typeof(SetServiceStartTypeStep), "setServiceStartType"),
        (typeof(SetServiceSecurityStep), "setServiceSecurity"),
        (typeof(RenameFolderStep), "renameFolder"),
        (typeof(RenameFileStep), "renameFile"),
        (typeof(CreateFolderStep), "createFolder"),
        (typeof(SetRegistryValueStep), "setRegistryValue"),
        (typeof(RunProgramStep), "runProgram"),
        (typeof(CreateRestorePointStep), "createRestorePoint"),
    ];

    /// <summary>The options, one line a value (journals).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>The options, indented (reports).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>The kind name of a step, such as <c>stopService</c>.</summary>
    public static string KindOf(FixStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return StepKinds.First(kind => kind.Type == step.GetType()).Kind;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(TagSteps);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Tags every step with its kind, names a registry step's kind of value <c>valueKind</c>, and leaves out <see cref="FixStep.IsReversible"/>, which follows from the
    /// step (reports say it as <c>reversible</c> themselves).</summary>
    private static void TagSteps(JsonTypeInfo info)
    {
        if (info.Type == typeof(FixStep))
        {
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "kind",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var (type, kind) in StepKinds)
            {
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, kind));
            }
        }

        if (typeof(FixStep).IsAssignableFrom(info.Type) && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in info.Properties.Where(property => property.Name == "isReversible").ToList())
            {
                info.Properties.Remove(property);
            }

            // The registry step's Kind (REG_DWORD) would clash with the step's own kind.
            foreach (var property in info.Properties.Where(property => property.Name == "kind"))
            {
                property.Name = "valueKind";
            }
        }
    }
}
