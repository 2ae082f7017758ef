using System.Text.Json;
using System.Text.Json.Serialization;

namespace WuToolkit.Snapshots.Json;

/// <summary>A member's own converter, then the format's rule for its value: a value that breaks the rule is refused
/// where it is read, so the error names its line and path.</summary>
internal static class CheckedConverter
{
    /// <summary>The checking converter for a member of type <paramref name="type"/> (the types the rules are about).</summary>
    public static JsonConverter For(Type type, JsonSerializerOptions options, Func<object?, string?> rule) =>
        type == typeof(long) ? Create<long>(options, rule)
        : type == typeof(long?) ? Create<long?>(options, rule)
        : type == typeof(int) ? Create<int>(options, rule)
        : type == typeof(int?) ? Create<int?>(options, rule)
        : type == typeof(double) ? Create<double>(options, rule)
        : type == typeof(double?) ? Create<double?>(options, rule)
        : type == typeof(TimeSpan) ? Create<TimeSpan>(options, rule)
        : throw new InvalidOperationException($"No rule can check a member of type {type}.");

    private static Checked<T> Create<T>(JsonSerializerOptions options, Func<object?, string?> rule) =>
        new((JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter, rule);

    private sealed class Checked<T>(JsonConverter<T> inner, Func<object?, string?> rule) : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = inner.Read(ref reader, typeToConvert, options);
            return rule(value) is { } problem ? throw new JsonException(problem) : value;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
    }
}
