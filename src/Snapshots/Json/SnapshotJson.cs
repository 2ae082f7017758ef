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
            // Contracts generated at build time (no reflection over the answers at start-up), with the format's own.
            TypeInfoResolver = SnapshotJsonContext.Default.WithAddedModifier(SnapshotContract.Apply),
        };
        options.MakeReadOnly();
        return options;
    }
}
