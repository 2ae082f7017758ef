using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WuToolkit.Host.IO;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Configuration;

/// <summary>
/// Reads and writes the machine-wide configuration file (JSON, <c>schemaVersion</c> 1). Reading never fails a command:
/// a missing file is an empty configuration, and one that cannot be read or makes no sense is ignored with a warning
/// (so nothing is trusted and nothing isolated by it). What a later wutk adds is skipped. Writing goes through
/// <see cref="SafeFileWriter"/>: the complete file or the old one, never half.
/// </summary>
public static partial class MachineConfigurationFile
{
    /// <summary>The environment variable that names another file (tests, or a packaging that keeps it elsewhere). Whoever
    /// sets a variable for an elevated wutk can already run code in it (DOTNET_STARTUP_HOOKS), and the file named is held
    /// to the same rule as the default one: pins count only while only administrators can change it.</summary>
    public const string EnvironmentVariable = "WUTK_MACHINE_CONFIG";

    public const int SchemaVersion = 1;

    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The default place: beside the machine-wide plugins folder.</summary>
    public static string? DefaultPath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "wutk", "config.json");
    }

    /// <summary>The configuration in <paramref name="path"/>; <paramref name="warnings"/> says what was ignored and why.</summary>
    public static MachineConfiguration Read(string? path, out IReadOnlyList<string> warnings)
    {
        _ = TryRead(path, out var configuration, out warnings);
        return configuration;
    }

    /// <summary>As <see cref="Read"/>; false when the file exists but was ignored as a whole (it cannot be read, or is no
    /// configuration), so that nothing overwrites what an administrator may still want to mend.</summary>
    public static bool TryRead(string? path, out MachineConfiguration configuration, out IReadOnlyList<string> warnings)
    {
        var said = new List<string>();
        warnings = said;
        var read = ReadOrNull(path, said);
        configuration = read ?? MachineConfiguration.Empty;
        return read is not null;
    }

    /// <summary>The configuration; empty when there is no file; null when the file was ignored as a whole.</summary>
    private static MachineConfiguration? ReadOrNull(string? path, List<string> said)
    {
        if (path is null || !File.Exists(path))
        {
            return MachineConfiguration.Empty;
        }

        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > MaxBytes)
            {
                said.Add(TrustStrings.FormatConfigurationIgnored(path, TrustStrings.FormatConfigurationTooLarge(MaxBytes)));
                return null;
            }

            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 32 });
            return Parse(document.RootElement, path, said);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            said.Add(TrustStrings.FormatConfigurationIgnored(path, ex.Message.ReplaceLineEndings(" ")));
            return null;
        }
    }

    private static MachineConfiguration? Parse(JsonElement root, string path, List<string> warnings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            warnings.Add(TrustStrings.FormatConfigurationIgnored(path, TrustStrings.ConfigurationNotAnObject));
            return null;
        }

        var plugins = new Dictionary<string, PluginConfiguration>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty("plugins", out var section) || section.ValueKind != JsonValueKind.Object)
        {
            return new MachineConfiguration(plugins);
        }

        foreach (var plugin in section.EnumerateObject())
        {
            if (plugin.Value.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(plugin.Name))
            {
                warnings.Add(TrustStrings.FormatConfigurationPluginIgnored(path, plugin.Name));
                continue;
            }

            var isolate = plugin.Value.TryGetProperty("isolate", out var flag) && flag.ValueKind == JsonValueKind.True;
            PluginPin? pin = null;
            if (plugin.Value.TryGetProperty("trust", out var trust) && trust.ValueKind != JsonValueKind.Null)
            {
                pin = PinFrom(trust);
                if (pin is null)
                {
                    warnings.Add(TrustStrings.FormatConfigurationPinIgnored(path, plugin.Name));
                }
            }

            var configuration = new PluginConfiguration { Pin = pin, Isolate = isolate };
            if (!configuration.IsEmpty)
            {
                plugins[plugin.Name] = configuration;
            }
        }

        return new MachineConfiguration(plugins);
    }

    /// <summary>A pin, or null when any part of it makes no sense: a pin is all or nothing.</summary>
    private static PluginPin? PinFrom(JsonElement trust)
    {
        if (trust.ValueKind != JsonValueKind.Object
            || Text(trust, "sha256") is not { } sha256 || !Sha256Pattern().IsMatch(sha256)
            || !trust.TryGetProperty("files", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var files = new List<PinnedFile>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || Text(item, "path") is not { Length: > 0 } file || file.Split('/').Any(part => part is "" or "." or "..")
                || Text(item, "sha256") is not { } hash || !Sha256Pattern().IsMatch(hash)
                || !item.TryGetProperty("size", out var size) || !size.TryGetInt64(out var bytes) || bytes < 0)
            {
                return null;
            }

            files.Add(new PinnedFile(file, bytes, hash.ToLowerInvariant()));
        }

        if (files.Count == 0 || !files.Any(file => string.Equals(file.Sha256, sha256, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new PluginPin(sha256.ToLowerInvariant(), files)
        {
            TrustedPath = Text(trust, "trustedPath"),
            TrustedUtc = Text(trust, "trustedUtc") is { } when && DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var utc) ? utc : null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Writes <paramref name="configuration"/> to <paramref name="path"/>, creating its folder.</summary>
    public static Task WriteAsync(string path, MachineConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return SafeFileWriter.WriteAsync(path, async (stream, token) =>
        {
            await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("plugins");
            foreach (var (name, plugin) in configuration.Plugins.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
            {
                json.WriteStartObject(name);
                json.WriteBoolean("isolate", plugin.Isolate);
                if (plugin.Pin is { } pin)
                {
                    json.WriteStartObject("trust");
                    json.WriteString("sha256", pin.Sha256);
                    if (pin.TrustedPath is { } trustedPath)
                    {
                        json.WriteString("trustedPath", trustedPath);
                    }

                    if (pin.TrustedUtc is { } trustedUtc)
                    {
                        json.WriteString("trustedUtc", trustedUtc.UtcDateTime);
                    }

                    json.WriteStartArray("files");
                    foreach (var file in pin.Files)
                    {
                        json.WriteStartObject();
                        json.WriteString("path", file.Path);
                        json.WriteNumber("size", file.Size);
                        json.WriteString("sha256", file.Sha256);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(token).ConfigureAwait(false);
        }, cancellationToken);
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
