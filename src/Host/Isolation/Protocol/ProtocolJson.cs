using System.Text.Json.Serialization;

namespace WuToolkit.Host.Isolation.Protocol;

/// <summary>The protocol's JSON, generated at build time: camelCase names, nulls left out, no indentation (a message is
/// one line), unknown members skipped.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    MaxDepth = 32)]
[JsonSerializable(typeof(ProtocolMessage))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
