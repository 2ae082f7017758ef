using System.Text.Json;
using System.Text.Json.Serialization;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Json;

/// <summary>Enums by their exact names. A number, or a name in another case, is refused: Windows numbers start types its
/// own way (4 is "disabled" to sc.exe), so a number could only be a guess, and the format documents the names.</summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly string[] Names = Enum.GetNames<T>();

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                foreach (var name in Names)
                {
                    if (reader.ValueTextEquals(name))
                    {
                        return Enum.Parse<T>(name);
                    }
                }
            }

            throw new JsonException(SnapshotStrings.FormatExpectedOneOf(string.Join(", ", Names)));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value.ToString());
        }
    }
}
