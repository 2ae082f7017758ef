using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WuToolkit.Snapshots.Json;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Questions;

/// <summary>
/// Reads the top-level sections of one snapshot file for the questions: each from its own bytes, so that an error
/// names its line and path in the whole file; members this version does not know are noted (the reader warns, or
/// refuses them when strict), and a list never holds null.
/// </summary>
internal sealed class SectionReader
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly JsonElement _root;
    private readonly IReadOnlyDictionary<string, SectionPlace> _places;
    private readonly string _source;

    /// <summary>The file, as errors name it.</summary>
    public string Source => _source;
    private readonly List<string> _unknownMembers = [];

    public SectionReader(ReadOnlyMemory<byte> utf8, JsonElement root, IReadOnlyDictionary<string, SectionPlace> places, string source)
    {
        _utf8 = utf8;
        _root = root;
        _places = places;
        _source = source;
    }

    /// <summary>Paths of members this version does not know, such as <c>$.services[0].triggers</c>.</summary>
    public IReadOnlyList<string> UnknownMembers => _unknownMembers;

    /// <summary>The section deserialized, or default when it is absent (or null, where <paramref name="nullAllowed"/>).</summary>
    public T? Read<T>(string section, bool nullAllowed = true)
    {
        if (!_root.TryGetProperty(section, out var element) || (element.ValueKind == JsonValueKind.Null && nullAllowed))
        {
            return default;
        }

        var place = _places[section];
        T? value;
        try
        {
            var reader = new Utf8JsonReader(_utf8.Span[place.Start..place.End], new JsonReaderOptions { MaxDepth = SnapshotJson.DocumentOptions.MaxDepth });
            value = JsonSerializer.Deserialize<T>(ref reader, SnapshotJson.Options);
        }
        catch (JsonException ex)
        {
            throw new SnapshotFormatException(SnapshotErrors.Describe(ex, _source, "$." + section, place), inner: ex);
        }

        if (value is null)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatMalformedAt(_source, SnapshotStrings.FormatPlaceLine(place.Line, place.Column), "$." + section, SnapshotStrings.MustNotBeNull));
        }

        RefuseNullItems(element, "$." + section);
        NoteUnknownMembers(element, SnapshotJson.Options.GetTypeInfo(typeof(T)), "$." + section);
        return value;
    }

    /// <summary>System.Text.Json holds members to their nullability but not the items of a list. No list in a
    /// snapshot may hold null: one that did would break whatever asked about it.</summary>
    private void RefuseNullItems(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                RefuseNullItems(property.Value, $"{path}.{property.Name}");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                var at = $"{path}[{index++}]";
                if (item.ValueKind == JsonValueKind.Null)
                {
                    throw new SnapshotFormatException(SnapshotStrings.FormatNullItem(_source, at));
                }

                RefuseNullItems(item, at);
            }
        }
    }

    private void NoteUnknownMembers(JsonElement element, JsonTypeInfo type, string path)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (type.Properties.FirstOrDefault(property => property.Name == member.Name) is { } known)
                    {
                        NoteUnknownMembers(member.Value, SnapshotJson.Options.GetTypeInfo(known.PropertyType), $"{path}.{member.Name}");
                    }
                    else
                    {
                        _unknownMembers.Add($"{path}.{member.Name}");
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && type.ElementType is { } item:
                var index = 0;
                foreach (var value in element.EnumerateArray())
                {
                    NoteUnknownMembers(value, SnapshotJson.Options.GetTypeInfo(item), $"{path}[{index++}]");
                }

                break;
            case JsonTypeInfoKind.Dictionary when element.ValueKind == JsonValueKind.Object && type.ElementType is { } entry:
                foreach (var member in element.EnumerateObject())
                {
                    NoteUnknownMembers(member.Value, SnapshotJson.Options.GetTypeInfo(entry), $"{path}['{member.Name}']");
                }

                break;
        }
    }
}

/// <summary>Where a top-level member's value sits in the file: its bytes, and the line and column it starts at (1-based).</summary>
internal readonly record struct SectionPlace(int Start, int End, long Line, long Column);
