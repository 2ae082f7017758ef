using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Json;

/// <summary>
/// Dates as ISO 8601 with an offset (<c>2024-03-12T08:30:00+00:00</c> or <c>…Z</c>). A date without one would be read in
/// the reader's own time zone, so the same snapshot would say different things in Tokyo and in Paris: it is refused. So
/// is a date no Windows PC can have written (before 1985 or after 2099): such a date turns ages into nonsense.
/// </summary>
internal sealed class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public static readonly DateTimeOffset Earliest = new(1985, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(SnapshotStrings.ExpectedDate);
        }

        var text = reader.GetString()!;
        if (!HasOffset(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            || text.Length < 10 || text[4] != '-')
        {
            throw new JsonException(SnapshotStrings.ExpectedDate);
        }

        return value >= Earliest && value < Latest
            ? value
            : throw new JsonException(SnapshotStrings.FormatDateOutOfRange(Earliest.Year, Latest.Year - 1));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }

    /// <summary>Ends in <c>Z</c> or in <c>+hh:mm</c> / <c>-hh:mm</c> after a time.</summary>
    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return text.Contains('T', StringComparison.OrdinalIgnoreCase);
        }

        return text.Length >= 6 && text[^6] is '+' or '-' && text[^3] == ':' && text.IndexOf('T', StringComparison.OrdinalIgnoreCase) is > 0 and var t && t < text.Length - 6;
    }
}

/// <summary>The same rules for a date that may be unknown (<see langword="null"/>).</summary>
internal sealed class NullableOffsetDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly OffsetDateTimeConverter Inner = new();

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Inner.Read(ref reader, typeof(DateTimeOffset), options);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } date)
        {
            Inner.Write(writer, date, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
