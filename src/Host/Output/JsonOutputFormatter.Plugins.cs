using System.Text.Json;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Output;

/// <summary><c>wutk plugins --format json</c>: kind "plugins", described by docs/schemas/plugins-v1.schema.json. The
/// plugins that loaded, each with its file's SHA-256, signature, trust and load state; those refused for any reason
/// under <c>refused</c>, with the same details; and every problem.</summary>
public sealed partial class JsonOutputFormatter
{
    public Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return WriteAsync(json =>
        {
            Header(json, "plugins");
            json.WriteStartArray("plugins");
            foreach (var plugin in catalog.Plugins)
            {
                json.WriteStartObject();
                json.WriteString("name", plugin.Name);
                json.WriteString("version", plugin.Version);
                json.WriteString("path", plugin.Source.AssemblyPath);
                json.WriteString("origin", OriginName(plugin.Source.Folder.Origin));
                NullableString(json, "sdkVersion", plugin.SdkVersion?.ToString(2));
                Strings(json, "checks", plugin.Checks.Select(check => check.Id));
                Strings(json, "fixes", plugin.Fixes.Select(fix => fix.Id));
                Strings(json, "errorCatalogs", plugin.ErrorCatalogs.Select(catalog => catalog.Id));
                Strings(json, "logRules", plugin.LogRules.Select(rule => rule.Id));
                if (catalog.Entries.FirstOrDefault(entry => ReferenceEquals(entry.Plugin, plugin)) is { } entry)
                {
                    Details(json, entry);
                    json.WriteString("loadState", JsonNamingPolicy.CamelCase.ConvertName(entry.State.ToString()));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("refused");
            foreach (var entry in catalog.Entries.Where(entry => entry.State == PluginLoadState.Refused))
            {
                json.WriteStartObject();
                json.WriteString("name", entry.Candidate.Name);
                NullableString(json, "version", entry.Version);
                json.WriteString("path", entry.Candidate.AssemblyPath);
                json.WriteString("origin", OriginName(entry.Candidate.Folder.Origin));
                NullableString(json, "sdkVersion", entry.SdkVersion?.ToString(2));
                Details(json, entry);
                NullableString(json, "message", entry.Problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Problems(json, catalog);
        }, cancellationToken);
    }

    private static string OriginName(PluginOrigin origin) => JsonNamingPolicy.CamelCase.ConvertName(origin.ToString());

    /// <summary>What a plugin's file is and how far it is trusted.</summary>
    private static void Details(Utf8JsonWriter json, PluginEntry entry)
    {
        NullableString(json, "sha256", entry.Sha256);
        json.WriteStartObject("signature");
        json.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(entry.Signature.State.ToString()));
        NullableString(json, "signer", entry.Signature.Signer);
        json.WriteEndObject();
        json.WriteStartObject("trust");
        json.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(entry.Trust.State.ToString()));
        json.WriteBoolean("enforced", entry.Trust.Enforced);
        Strings(json, "reasons", entry.Trust.Reasons);
        NullableString(json, "change", entry.Trust.Change);
        json.WriteEndObject();
        json.WriteBoolean("isolated", entry.Isolated);
    }
}
