using System.Text.Json;
using WuToolkit.Snapshots.Json;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots;

/// <summary>
/// Reads snapshot JSON. Every later 1.x reads every earlier snapshot, and an earlier one reads a later snapshot as far as
/// it understands it: sections and members it does not know are skipped and named in one warning (the questions they
/// answer are then unanswered, so their checks are Skipped). <see cref="SnapshotReadOptions.Strict"/> refuses them
/// instead, for validating a snapshot.
/// </summary>
public static partial class SnapshotReader
{
    private static readonly string[] HeaderMembers = ["$schema", "format", "version", "collectedUtc", "collectedBy", "description"];

    /// <summary>Parses snapshot JSON; <paramref name="source"/> names it in errors and warnings.</summary>
    /// <exception cref="SnapshotFormatException">The JSON is not a snapshot this version can read.</exception>
    public static SnapshotReadResult Read(ReadOnlyMemory<byte> utf8, string source, SnapshotReadOptions? options = null)
    {
        options ??= SnapshotReadOptions.Default;
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // Names and strings are decoded as they are met; a file of invalid UTF-8 is refused before, with its place.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatNotUtf8(source, FirstInvalidPlace(utf8.Span)));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, SnapshotJson.DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new SnapshotFormatException(SnapshotErrors.Describe(ex, source), inner: ex);
        }

        using (document)
        {
            var root = document.RootElement;
            CheckHeader(root, source);
            var sections = new SectionReader(utf8, root, Places(utf8.Span), source);
            var header = ReadHeader(root, sections, source);
            var answers = new AnswerSet();
            foreach (var question in MachineQuestions.All)
            {
                question.Read(sections, answers);
            }

            var known = new HashSet<string>(HeaderMembers.Concat(MachineQuestions.All.SelectMany(question => question.Sections)), StringComparer.Ordinal);
            // Named once per place in the form, not once per list item: "$.services[].triggers".
            var unknown = root.EnumerateObject().Select(member => member.Name).Where(name => !known.Contains(name))
                .Select(name => "$." + name)
                .Concat(sections.UnknownMembers.Select(path => ListIndex().Replace(path, "[]")))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (unknown.Count > 0 && options.Strict)
            {
                throw new SnapshotFormatException(SnapshotStrings.FormatUnknownRefused(source, Names(unknown)));
            }

            var warnings = unknown.Count > 0 ? [SnapshotStrings.FormatUnknownSkipped(source, Names(unknown))] : Array.Empty<string>();
            return new SnapshotReadResult(new Snapshot(header, answers), warnings, unknown);
        }
    }

    private static void CheckHeader(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatNotAnObject(source));
        }

        // ValueEquals, not GetString: the bytes may not be valid UTF-8. The header comes first, so that a snapshot of
        // another version is named as such rather than as a document full of unknown sections.
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || !format.ValueEquals(Snapshot.FormatName))
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatWrongFormat(source, Snapshot.FormatName));
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatNoVersion(source));
        }

        if (number != Snapshot.CurrentVersion)
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatWrongVersion(source, number, Snapshot.CurrentVersion));
        }
    }

    private static SnapshotHeader ReadHeader(JsonElement root, SectionReader sections, string source)
    {
        if (!root.TryGetProperty("collectedUtc", out _))
        {
            throw new SnapshotFormatException(SnapshotStrings.FormatMissingMember(source, "$.collectedUtc"));
        }

        return new SnapshotHeader
        {
            CollectedUtc = sections.Read<DateTimeOffset?>("collectedUtc", nullAllowed: false)!.Value,
            CollectedBy = sections.Read<string>("collectedBy"),
            Description = sections.Read<string>("description"),
            Schema = sections.Read<string>("$schema"),
        };
    }

    /// <summary>Where each top-level member's value starts and ends, with its line and column.</summary>
    private static Dictionary<string, SectionPlace> Places(ReadOnlySpan<byte> utf8)
    {
        var places = new Dictionary<string, SectionPlace>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = SnapshotJson.DocumentOptions.MaxDepth });
        reader.Read();
        long line = 1;
        var lineStart = 0;
        var counted = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            for (; counted < start; counted++)
            {
                if (utf8[counted] == (byte)'\n')
                {
                    line++;
                    lineStart = counted + 1;
                }
            }

            reader.Skip();
            places.TryAdd(name, new SectionPlace(start, (int)reader.BytesConsumed, line, start - lineStart + 1));
        }

        return places;
    }

    private static string FirstInvalidPlace(ReadOnlySpan<byte> utf8)
    {
        long line = 1;
        var lineStart = 0;
        var index = 0;
        while (index < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var length) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (utf8[index] == (byte)'\n')
            {
                line++;
                lineStart = index + 1;
            }

            index += length;
        }

        return SnapshotStrings.FormatPlaceLine(line, index - lineStart + 1);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex ListIndex();

    /// <summary>At most a dozen names, then how many more: a hostile file cannot make the warning endless.</summary>
    private static string Names(List<string> paths)
    {
        const int Shown = 12;
        var shown = string.Join(", ", paths.Take(Shown));
        return paths.Count <= Shown ? shown : SnapshotStrings.FormatAndMore(shown, paths.Count - Shown);
    }
}

/// <summary>How to read a snapshot.</summary>
public sealed record SnapshotReadOptions
{
    /// <summary>Tolerant reading: unknown sections and members are skipped with a warning.</summary>
    public static SnapshotReadOptions Default { get; } = new();

    /// <summary>Refuse sections and members this version does not know (<c>--strict</c>), to validate a snapshot.</summary>
    public bool Strict { get; init; }
}

/// <summary>A snapshot read, with what was skipped.</summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="Warnings">One line each for people (at most one today: the unknown sections and members).</param>
/// <param name="UnknownMembers">The JSON paths skipped because this version does not know them.</param>
public sealed record SnapshotReadResult(Snapshot Snapshot, IReadOnlyList<string> Warnings, IReadOnlyList<string> UnknownMembers);
