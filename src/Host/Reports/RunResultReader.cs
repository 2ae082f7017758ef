using System.Globalization;
using System.Text.Json;

namespace WuToolkit.Host.Reports;

/// <summary>Reads one <c>wutk run --format json</c> document (run-v1) into a <see cref="MachineRow"/>: one document at a
/// time, parsed, reduced and disposed, so a fleet of any size is read in the memory of one result.</summary>
public static class RunResultReader
{
    /// <summary>How many error codes a machine's row keeps.</summary>
    public const int CodesPerMachine = 3;

    /// <summary>A result larger than this is no run result (a run of every check is well under a megabyte).</summary>
    public const long MaximumBytes = 64L * 1024 * 1024;

    /// <summary>The row, or null when <paramref name="stream"/> is not a run-v1 document.</summary>
    public static async Task<MachineRow?> ReadAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length > MaximumBytes)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            return FromRoot(document.RootElement, source);
        }
    }

    private static MachineRow? FromRoot(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1
            || Text(root, "kind") != "run"
            || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var failing = new List<string>();
        var warning = new List<string>();
        var broken = false;
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in results.EnumerateArray())
        {
            if (result.ValueKind != JsonValueKind.Object || Text(result, "id") is not { } id || Text(result, "status") is not { } status)
            {
                return null;
            }

            switch (status)
            {
                case "fail": failing.Add(id); break;
                case "warn": warning.Add(id); break;
                case "error": broken = true; break;
                case "pass" or "skipped": continue;
                default: return null;
            }

            Count(codes, Text(result, "summary"));
            if (result.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in evidence.EnumerateArray())
                {
                    Count(codes, item.ValueKind == JsonValueKind.Object ? Text(item, "value") : null);
                }
            }
        }

        var verdict = failing.Count > 0 ? Verdict.Fail : broken ? Verdict.Incomplete : warning.Count > 0 ? Verdict.Warn : Verdict.Healthy;
        var started = Text(root, "startedUtc") is { } time
            && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
        return new MachineRow(
            IdentityOf(root, source),
            verdict,
            failing,
            warning,
            codes.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(CodesPerMachine).Select(pair => pair.Key).ToList(),
            Text(root, "toolVersion") ?? "",
            started,
            source);
    }

    /// <summary>The host the run names; else, for a snapshot, the snapshot's file name; else the result's own file name.</summary>
    private static string IdentityOf(JsonElement root, string source)
    {
        if (root.TryGetProperty("machine", out var machine) && machine.ValueKind == JsonValueKind.Object)
        {
            if (Text(machine, "host") is { Length: > 0 } host)
            {
                return host;
            }

            if (Text(machine, "kind") == "snapshot" && Text(machine, "source") is { Length: > 0 } snapshot)
            {
                return FileName(snapshot);
            }
        }

        return FileName(source.EndsWith(FleetInputs.BundleSuffix, StringComparison.Ordinal) ? source[..^FleetInputs.BundleSuffix.Length] : source);
    }

    /// <summary>The last part of a path written on Windows or Unix.</summary>
    private static string FileName(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        var name = cut >= 0 ? path[(cut + 1)..] : path;
        return name.Length > 0 ? name : path;
    }

    private static void Count(Dictionary<string, int> codes, string? text)
    {
        foreach (var code in ErrorCodeText.Find(text))
        {
            codes[code] = codes.GetValueOrDefault(code) + 1;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
