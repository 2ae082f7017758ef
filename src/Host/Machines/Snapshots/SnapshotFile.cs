using System.Text.Json;
using WuToolkit.Host.IO;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Snapshots;

/// <summary>Reads and writes snapshot files.</summary>
public static class SnapshotFile
{
    /// <summary>Snapshots are small; anything larger is not one, and is refused before it is read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static async Task<SnapshotDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new SnapshotFormatException(Strings.FormatSnapshotIsFolder(path), fileMissing: true);
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new SnapshotFormatException(Strings.FormatSnapshotNotFound(path), fileMissing: true);
            }

            if (info.Length > MaxBytes)
            {
                throw new SnapshotFormatException(Strings.FormatSnapshotTooLarge(path, info.Length, MaxBytes));
            }

            // The length above is only a regular file's: a device or a FIFO is counted while it is read.
            bytes = await BoundedFile.ReadAllBytesAsync(path, (int)MaxBytes, cancellationToken).ConfigureAwait(false)
                ?? throw new SnapshotFormatException(Strings.FormatSnapshotTooLong(path, MaxBytes));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotDenied(path), fileMissing: true, ex);
        }
        catch (IOException ex)
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotUnreadable(path, ex.Message), fileMissing: true, ex);
        }

        return Parse(bytes.Span, path);
    }

    /// <summary>Parses snapshot JSON; <paramref name="name"/> names the source in errors.</summary>
    public static SnapshotDocument Parse(ReadOnlySpan<byte> utf8, string name)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        try
        {
            // The header first, so that a snapshot of another version is named as such rather than as a
            // document full of unknown sections.
            var bytes = utf8.ToArray();
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            CheckHeader(document.RootElement, name);

            var snapshot = JsonSerializer.Deserialize<SnapshotDocument>(bytes, SnapshotJson.Options)
                ?? throw new SnapshotFormatException(Strings.FormatSnapshotNotAnObject(name));
            RefuseNullItems(document.RootElement, "$", name);
            return snapshot;
        }
        catch (JsonException ex)
        {
            throw new SnapshotFormatException(Describe(ex, name), inner: ex);
        }
    }

    /// <summary>Writes the snapshot through <see cref="SafeFileWriter"/>: a new or regular file only, never half of one.</summary>
    public static Task WriteAsync(SnapshotDocument snapshot, string path, CancellationToken cancellationToken) =>
        SafeFileWriter.WriteAsync(path, (stream, token) => JsonSerializer.SerializeAsync(stream, snapshot, SnapshotJson.Options, token), cancellationToken);

    private static void CheckHeader(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotNotAnObject(name));
        }

        // ValueEquals, not GetString: the bytes may not be valid UTF-8.
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
            || !format.ValueEquals(SnapshotDocument.FormatName))
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotWrongFormat(name, SnapshotDocument.FormatName));
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number))
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotNoVersion(name));
        }

        if (number != SnapshotDocument.CurrentVersion)
        {
            throw new SnapshotFormatException(Strings.FormatSnapshotWrongVersion(name, number, SnapshotDocument.CurrentVersion));
        }
    }

    /// <summary>System.Text.Json holds properties to their nullability but not the items of a list. No list in a
    /// snapshot may hold null: one that did would break whatever asked about it. Run after deserializing, so
    /// every name on the way is a known, valid one.</summary>
    private static void RefuseNullItems(JsonElement element, string path, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                RefuseNullItems(property.Value, $"{path}.{property.Name}", name);
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
                    throw new SnapshotFormatException(Strings.FormatSnapshotNullItem(name, at));
                }

                RefuseNullItems(item, at, name);
            }
        }
    }

    private static string Describe(JsonException ex, string name)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …" to its messages; we say
        // the place our own way, once.
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
        var place = ex.LineNumber is { } line
            ? Strings.FormatSnapshotPlaceLine(line + 1, (ex.BytePositionInLine ?? 0) + 1)
            : Strings.SnapshotPlaceUnknown;
        return string.IsNullOrEmpty(ex.Path) || ex.Path == "$"
            ? Strings.FormatSnapshotMalformed(name, place, reason)
            : Strings.FormatSnapshotMalformedAt(name, place, ex.Path, reason);
    }
}
