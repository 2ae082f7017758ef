using System.Text.Encodings.Web;
using System.Text.Json;

namespace WuToolkit.Host.Output;

/// <summary>Writes one indented JSON object to an output, as every <c>--format json</c> document is written, and the
/// small pieces those documents share.</summary>
internal static class JsonOutputDocument
{
    /// <summary>Writes the object <paramref name="body"/> fills, on its own line, and flushes.</summary>
    public static async Task WriteAsync(TextWriter output, Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        // The encoder escapes control characters but leaves bidirectional overrides, which would reorder a terminal's line.
        var text = TerminalText.EscapeJson(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        await output.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes an array of strings as a named member.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
