using System.Text.Json.Serialization;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>The cache's JSON, generated at build time (no reflection over the records on start-up): camelCase names,
/// enums by name, nulls left out. A member missing or null where the records need one makes the entry unreadable, and
/// so ignored, rather than a listing with holes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = 16)]
[JsonSerializable(typeof(CachedPluginFile))]
internal sealed partial class MetadataCacheJson : JsonSerializerContext;
