using System.Text.Encodings.Web;
using System.Text.Json;

namespace WuToolkit.Host.Reports.Bundle;

/// <summary>
/// Redacts a JSON document (a snapshot, a run result) value by value, so that the result is still the same valid
/// document: a member whose name says what it holds (<c>serialNumber</c>, <c>host</c>, <c>user</c>, <c>macAddress</c>,
/// <c>productKey</c>, <c>domain</c>, <c>email</c>) is replaced whole, and every other string goes through the text rules.
/// Member names, numbers and the document's shape are kept.
/// </summary>
public static class JsonRedaction
{
    /// <summary>Learns the values <paramref name="json"/> holds, by member name and by context.</summary>
    public static void Learn(Redactor redactor, ReadOnlyMemory<byte> json)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        Walk(document.RootElement, null, redactor);
    }

    /// <summary>The document with every identifying value replaced, indented.</summary>
    public static byte[] Redact(Redactor redactor, ReadOnlyMemory<byte> json)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 256 }))
        {
            Write(document.RootElement, null, redactor, writer);
        }

        return buffer.ToArray();
    }

    /// <summary>What a member's name says its string value is; null when the name says nothing.</summary>
    public static RedactionKind? KindOf(string? member)
    {
        if (member is null)
        {
            return null;
        }

        var name = member.ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("serial", StringComparison.Ordinal) => RedactionKind.Serial,
            _ when name.Contains("productkey", StringComparison.Ordinal) => RedactionKind.ProductKey,
            _ when name.Contains("email", StringComparison.Ordinal) || name == "mail" => RedactionKind.Email,
            _ when name.Contains("macaddress", StringComparison.Ordinal) || name is "mac" or "physicaladdress" => RedactionKind.Mac,
            "host" or "hostname" or "computername" or "machinename" or "dnshostname" or "netbiosname" => RedactionKind.Host,
            "user" or "username" or "owner" or "registeredowner" or "account" or "accountname" or "userprincipalname" => RedactionKind.User,
            "domain" or "domainname" or "dnsdomain" or "dnssuffix" or "workgroup" or "registeredorganization" => RedactionKind.Domain,
            _ => null,
        };
    }

    private static void Walk(JsonElement element, string? member, Redactor redactor)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, property.Name, redactor);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, member, redactor);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (KindOf(member) is { } kind)
                {
                    redactor.Know(kind, text);
                }
                else
                {
                    redactor.Learn(text);
                }

                break;
        }
    }

    private static void Write(JsonElement element, string? member, Redactor redactor, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, property.Name, redactor, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, member, redactor, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                writer.WriteStringValue(KindOf(member) is { } kind && text.Length > 0 ? redactor.Know(kind, text) : redactor.Redact(text));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
