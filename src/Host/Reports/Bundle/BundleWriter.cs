using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Reports.Bundle;

/// <summary>
/// Writes a case bundle (<c>wutk collect -o case.zip</c>): <c>snapshot.json</c>, <c>results.json</c> (the run-v1 JSON of
/// the same run), the update logs under <c>logs/</c>, each cut to its last <see cref="BundleLimits.PerFileBytes"/> and all
/// together to <see cref="BundleLimits.TotalBytes"/>, and last <c>manifest.json</c> (docs/schemas/bundle-manifest-v1.schema.json),
/// which lists every other entry with its size and SHA-256. With a <see cref="Redactor"/>, every entry is redacted: the
/// redactor first reads everything to learn the values to hide (so a name seen only in a log is hidden in the snapshot
/// too), then everything is written redacted. Logs are streamed both times, a line at a time.
/// </summary>
public sealed class BundleWriter(string toolVersion, DateTimeOffset createdUtc, Redactor? redactor)
{
    public const int SchemaVersion = 1;

    /// <summary>The longest piece of a line redacted at once; a longer line (no log has one) is redacted piece by piece.</summary>
    private const int LongestLine = 1024 * 1024;

    private readonly List<BundleEntry> _entries = [];
    private readonly List<BundleOmission> _omitted = [];

    public IReadOnlyList<BundleEntry> Entries => _entries;

    public IReadOnlyList<BundleOmission> Omitted => _omitted;

    /// <summary>What to warn about: logs left out or cut.</summary>
    public List<string> Warnings { get; } = [];

    public async Task WriteAsync(Stream output, byte[] snapshotJson, byte[] resultsJson, IReadOnlyList<string> logs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (redactor is not null)
        {
            JsonRedaction.Learn(redactor, snapshotJson);
            JsonRedaction.Learn(redactor, resultsJson);
            foreach (var log in logs)
            {
                await LearnLogAsync(log, cancellationToken).ConfigureAwait(false);
            }
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddBytesAsync(zip, "snapshot.json", "snapshot", redactor is null ? snapshotJson : JsonRedaction.Redact(redactor, snapshotJson), cancellationToken).ConfigureAwait(false);
        await AddBytesAsync(zip, FleetInputs.ResultsEntry, "results", redactor is null ? resultsJson : JsonRedaction.Redact(redactor, resultsJson), cancellationToken).ConfigureAwait(false);
        var budget = BundleLimits.TotalBytes;
        var number = 0;
        foreach (var log in logs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shown = redactor?.Redact(log) ?? log;
            if (budget <= 0)
            {
                _omitted.Add(new BundleOmission(shown, "total-cap"));
                Warnings.Add(ReportStrings.FormatBundleLogOmitted(shown, BundleLimits.TotalBytes / (1024 * 1024)));
                continue;
            }

            try
            {
                budget -= await AddLogAsync(zip, log, shown, ++number, Math.Min(budget, BundleLimits.PerFileBytes), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _omitted.Add(new BundleOmission(shown, "unreadable"));
                Warnings.Add(ReportStrings.FormatBundleLogUnreadable(shown, redactor?.Redact(ex.Message) ?? ex.Message));
            }
        }

        var manifest = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
        var stream = manifest.Open();
        await using (stream.ConfigureAwait(false))
        {
            await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            WriteManifest(json);
        }
    }

    private void WriteManifest(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("kind", "bundle");
        json.WriteString("toolVersion", toolVersion);
        json.WriteNumber("resultsSchemaVersion", Output.JsonOutputFormatter.SchemaVersion);
        json.WriteString("createdUtc", createdUtc.UtcDateTime);
        json.WriteBoolean("redacted", redactor is not null);
        json.WriteStartObject("limits");
        json.WriteNumber("perFileBytes", BundleLimits.PerFileBytes);
        json.WriteNumber("totalBytes", BundleLimits.TotalBytes);
        json.WriteEndObject();
        json.WriteStartArray("entries");
        foreach (var entry in _entries)
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteString("kind", entry.Kind);
            json.WriteNumber("size", entry.Size);
            json.WriteString("sha256", entry.Sha256);
            json.WriteBoolean("truncated", entry.Truncated);
            json.WriteBoolean("redacted", entry.Redacted);
            if (entry.Source is { } source)
            {
                json.WriteString("source", source);
                json.WriteNumber("sourceSize", entry.SourceSize ?? 0);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("omitted");
        foreach (var omission in _omitted)
        {
            json.WriteStartObject();
            json.WriteString("source", omission.Source);
            json.WriteString("reason", omission.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A zip entry's time is an MS-DOS date: 1980 to 2107. A clock outside that (a PC whose battery died
    /// shows 1970) must not stop the bundle.</summary>
    private static DateTimeOffset ZipTime(DateTimeOffset value)
    {
        var earliest = new DateTimeOffset(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var latest = new DateTimeOffset(2107, 12, 30, 0, 0, 0, TimeSpan.Zero);
        return value < earliest ? earliest : value > latest ? latest : value;
    }

    private async Task AddBytesAsync(ZipArchive zip, string name, string kind, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTime(createdUtc);
        var stream = entry.Open();
        await using (stream.ConfigureAwait(false))
        {
            var counting = new CountingStream(stream);
            await counting.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            _entries.Add(new BundleEntry(name, kind, counting.Written, counting.Sha256(), false, redactor is not null, null, null));
        }
    }

    /// <summary>Adds one log's end; returns how many of its bytes were taken.</summary>
    private async Task<long> AddLogAsync(ZipArchive zip, string path, string shown, int number, long cap, CancellationToken cancellationToken)
    {
        var (source, start, encoding, truncated) = LogTail.Open(path, cap);
        using (source)
        {
            var length = source.Length;
            var name = string.Create(CultureInfo.InvariantCulture, $"logs/{number:00}-{SafeName(redactor?.Redact(Path.GetFileName(path)) ?? Path.GetFileName(path))}");
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = ZipTime(createdUtc);
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                var counting = new CountingStream(stream);
                if (redactor is null)
                {
                    await CopyAsync(source, counting, length - start, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var writer = new StreamWriter(counting, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
                    await using (writer.ConfigureAwait(false))
                    {
                        await ForEachLineAsync(source, encoding, start == 0, async line => await writer.WriteLineAsync(redactor.Redact(line).AsMemory(), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    }
                }

                _entries.Add(new BundleEntry(name, "log", counting.Written, counting.Sha256(), truncated, redactor is not null, shown, length));
            }

            if (truncated)
            {
                Warnings.Add(ReportStrings.FormatBundleLogCapped(shown, cap / (1024 * 1024)));
            }

            return length - start;
        }
    }

    private async Task LearnLogAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var (source, start, encoding, _) = LogTail.Open(path, BundleLimits.PerFileBytes);
            using (source)
            {
                await ForEachLineAsync(source, encoding, start == 0, line =>
                {
                    redactor!.Learn(line);
                    return Task.CompletedTask;
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Said when the log is written (it is then left out, so nothing of it needs hiding).
        }
    }

    /// <summary>Each line of the stream from where it stands, without its line end; a line longer than
    /// <see cref="LongestLine"/> comes in pieces, so memory stays constant whatever the file holds.</summary>
    private static async Task ForEachLineAsync(Stream source, Encoding encoding, bool atStart, Func<string, Task> line, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(source, encoding, detectEncodingFromByteOrderMarks: atStart, 64 * 1024, leaveOpen: true);
        var buffer = new char[64 * 1024];
        var current = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var from = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    current.Append(buffer, from, i - from);
                    await line(Trimmed(current)).ConfigureAwait(false);
                    current.Clear();
                    from = i + 1;
                }
            }

            current.Append(buffer, from, read - from);
            if (current.Length > LongestLine)
            {
                await line(current.ToString()).ConfigureAwait(false);
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            await line(Trimmed(current)).ConfigureAwait(false);
        }
    }

    private static string Trimmed(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();

    private static async Task CopyAsync(Stream source, Stream target, long count, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            count -= read;
        }
    }

    /// <summary>A file name fit for a zip entry on every OS.</summary>
    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "log" : safe.Length > 100 ? safe[..100] : safe;
    }
}
