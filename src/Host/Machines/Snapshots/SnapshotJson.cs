using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WuToolkit.Host.Machines.Snapshots;

/// <summary>The one set of JSON rules for snapshots: strict on read (a typo in a hand-written snapshot is an
/// error, not a silently missing section), tidy on write.</summary>
public static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Names only: a number would be a guess (sc.exe calls a disabled service 4, which is Manual here).
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Inside an answer a null is written out: the reader requires every field that has no default, so a
        // hand-written snapshot cannot leave one out by accident. Whole sections are omitted when not recorded
        // (see the attributes on SnapshotDocument).
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
    };
}
