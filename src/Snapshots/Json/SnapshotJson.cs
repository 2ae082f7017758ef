using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace WuToolkit.Snapshots.Json;

/// <summary>
/// The JSON form of answers in a snapshot. An answer is written as its type's public properties in camelCase, enums
/// by name; the SDK's rules of growth (members are only ever added) keep that form add-only. What a snapshot must
/// hold and what values make sense is this format's own business (<see cref="SnapshotContract"/>): strict on what it
/// reads (a typo in a hand-written snapshot is an error, not a silently missing section), tidy on what it writes.
/// </summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        MaxDepth = 64,
        AllowDuplicateProperties = false,
    };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Names as the schema spells them: "Disabled", not "disabled"; "startType", not "StartType".
            PropertyNameCaseInsensitive = false,
            Converters = { new StrictEnumConverterFactory(), new OffsetDateTimeConverter(), new NullableOffsetDateTimeConverter() },
            RespectNullableAnnotations = true,
            // Unknown members are skipped here and reported by the reader, which knows whether to warn or refuse.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            AllowDuplicateProperties = false,
            // Inside an answer a null is written out: the reader requires every member the format requires, so a
            // hand-written snapshot cannot leave one out by accident.
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 64,
            // Reflection, not source generation: measured, generated contracts compiled about 760 more methods at start-up
            // (one set per value type and per answer), were no faster, and build init-only answers through their
            // constructor, which bypasses the rules' setters and the members' initializers (branch snapshot-json-sourcegen).
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SnapshotContract.Apply } },
        };
        options.MakeReadOnly();
        return options;
    }
}
