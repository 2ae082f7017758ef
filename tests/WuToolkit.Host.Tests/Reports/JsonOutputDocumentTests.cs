using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WuToolkit.Host.Output;

namespace WuToolkit.Host.Tests.Reports;

/// <summary>A JSON document goes to the output in parts as it is made, so that ten thousand findings are never held
/// whole in memory; the parts make exactly the document made in one piece, bidirectional overrides escaped and
/// characters of every width whole wherever a part ends.</summary>
public class JsonOutputDocumentTests
{
    private static void Body(Utf8JsonWriter json, bool drain)
    {
        json.WriteStartArray("items");
        for (var i = 0; i < 20_000; i++)
        {
            json.WriteStartObject();
            json.WriteString("summary", $"更新プログラム {i} \u202Eevil\u202C ü 😀 {new string('x', i % 17)}");
            json.WriteNumber("line", i);
            json.WriteEndObject();
            if (drain)
            {
                JsonOutputDocument.Drain(json);
            }
        }

        json.WriteEndArray();
    }

    [Test]
    public async Task A_document_written_in_parts_is_the_document_written_whole()
    {
        using var output = new StringWriter();
        await JsonOutputDocument.WriteAsync(output, json => Body(json, drain: true), CancellationToken.None);

        using var whole = new MemoryStream();
        using (var json = new Utf8JsonWriter(whole, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Body(json, drain: false);
            json.WriteEndObject();
        }

        var expected = TerminalText.EscapeJson(Encoding.UTF8.GetString(whole.ToArray())) + output.NewLine;
        Assert.That(output.ToString(), Is.EqualTo(expected));
        Assert.That(output.ToString().Contains("\\u202Eevil\\u202C ü", StringComparison.Ordinal), Is.True);
        Assert.That(output.ToString().Contains('\u202E', StringComparison.Ordinal), Is.False, "no override left as it is");
        using var parsed = JsonDocument.Parse(output.ToString());
        Assert.That(parsed.RootElement.GetProperty("items").GetArrayLength(), Is.EqualTo(20_000));
    }
}
