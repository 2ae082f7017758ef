using System.Text.Json;
using WuToolkit.Snapshots.Json;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots;

/// <summary>Writes a snapshot as JSON: the header, then each question's sections in a fixed order with answers sorted
/// by key, so that two snapshots of one PC diff cleanly.</summary>
public static class SnapshotWriter
{
    /// <summary>The address of the schema written into every snapshot, for editors.</summary>
    public const string SchemaAddress = "https://wutk.dev/schemas/snapshot-v1.schema.json";

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    public static async Task WriteAsync(Snapshot snapshot, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = SnapshotJson.Options.Encoder });
        Write(snapshot, writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The snapshot as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = SnapshotJson.Options.Encoder }))
        {
            Write(snapshot, writer);
        }

        return buffer.ToArray();
    }

    private static void Write(Snapshot snapshot, Utf8JsonWriter writer)
    {
        var header = snapshot.Header;
        writer.WriteStartObject();
        writer.WriteString("$schema", header.Schema ?? SchemaAddress);
        writer.WriteString("format", Snapshot.FormatName);
        writer.WriteNumber("version", Snapshot.CurrentVersion);
        if (header.Description is { } description)
        {
            writer.WriteString("description", description);
        }

        writer.WritePropertyName("collectedUtc");
        JsonSerializer.Serialize(writer, header.CollectedUtc, SnapshotJson.Options);
        if (header.CollectedBy is { } collectedBy)
        {
            writer.WriteString("collectedBy", collectedBy);
        }

        foreach (var question in MachineQuestions.All)
        {
            question.Write(writer, snapshot.Answers, SnapshotJson.Options);
        }

        writer.WriteEndObject();
    }
}
