using System.Text.Json.Serialization;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>The cache's JSON, generated at build time (no reflection over the records on start-up): camelCase names,
/// enums by name, nulls written. A member missing or null where the records need one makes the entry unreadable, and
/// so ignored, rather than a listing with holes; so a member that may be null (a plugin built without the SDK's targets
/// records no SDK version) is written as null, never left out, or its entry could never be read back. It writes the
/// files; <see cref="CachedPluginFileReader"/> reads them (its generic metadata was compiled just in time on every start).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true,
    WriteIndented = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = 16)]
[JsonSerializable(typeof(CachedPluginFile))]
internal sealed partial class MetadataCacheJson : JsonSerializerContext;
