using System.Text.Json;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots;

/// <summary>One line for a JSON error: the source, the line and column, the path and the reason, said once.</summary>
internal static class SnapshotErrors
{
    /// <summary>Describes an error of the whole document.</summary>
    public static string Describe(JsonException ex, string source) => Describe(ex, source, "$", new SectionPlace(0, 0, 1, 1));

    /// <summary>Describes an error met while reading a value that starts at <paramref name="place"/>, whose path is
    /// <paramref name="path"/>: the exception's line and path are relative to that value.</summary>
    public static string Describe(JsonException ex, string source, string path, SectionPlace place)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …" to its own messages; the place is
        // said here, once.
        var reason = ex.Message;
        var cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        if (cut > 0)
        {
            reason = reason[..cut];
        }

        reason = reason.ReplaceLineEndings(" ").Trim();
        var where = ex.LineNumber is { } line
            ? SnapshotStrings.FormatPlaceLine(place.Line + line, line == 0 ? place.Column + (ex.BytePositionInLine ?? 0) : (ex.BytePositionInLine ?? 0) + 1)
            : SnapshotStrings.PlaceUnknown;
        var full = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? path : path + ex.Path[1..];
        return full == "$"
            ? SnapshotStrings.FormatMalformed(source, where, reason)
            : SnapshotStrings.FormatMalformedAt(source, where, full, reason);
    }
}
