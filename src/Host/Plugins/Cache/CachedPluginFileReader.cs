using System.Text.Json;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Isolation.Protocol;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>
/// Reads a cache file as <see cref="MetadataCacheJson"/> wrote it, by walking a <see cref="JsonDocument"/>. Every warm
/// start reads one file per plugin, and the generated serializer's metadata for these records (a generic property and
/// converter per value type and enum) was compiled just in time on each of them; the document and its elements are
/// precompiled in the framework. Writing, which happens once per change of a plugin, keeps the generated serializer.
/// </summary>
/// <remarks>As strict as the generated reader was: a member the records need that is missing, null where it may not be,
/// or of another kind makes the whole file unreadable (null), never a listing with holes. Unknown members are ignored.</remarks>
internal static class CachedPluginFileReader
{
    // Duplicate members are allowed, as the generated reader allowed them: checking for them seeds System.Text.Json's
    // string hash from the cryptographic random generator, which loads OpenSSL.
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>The file, or null when it is not one (corrupt, of another shape, or <c>null</c>).</summary>
    public static CachedPluginFile? Read(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new CachedPluginFile(
                root.GetProperty("format").GetInt32(),
                Text(root, "tool"),
                Key(Member(root, "key")),
                Text(root, "sha256"),
                Plugin(Member(root, "plugin")));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static PluginFingerprint Key(JsonElement key) => new(
        Text(key, "path"),
        key.GetProperty("size").GetInt64(),
        key.GetProperty("lastWriteUtcTicks").GetInt64(),
        Text(key, "companions"),
        Text(key, "culture"));

    private static CachedPlugin Plugin(JsonElement plugin) => new(
        Text(plugin, "name"),
        Text(plugin, "version"),
        OptionalText(plugin, "sdkVersion"),
        Items(plugin, "checks", Check),
        Items(plugin, "fixes", Fix),
        Items(plugin, "errorCatalogs", element => new CachedExport(Text(element, "id"), Text(element, "title"))),
        Items(plugin, "logRules", Rule),
        Texts(plugin, "problems"));

    private static CachedCheck Check(JsonElement check) => new(
        Text(check, "id"),
        Text(check, "title"),
        (Scenario)EnumValue(check, "scenario", typeof(Scenario)),
        check.GetProperty("needsElevation").GetBoolean(),
        Texts(check, "tags"),
        OptionalText(check, "description"),
        check.GetProperty("deep").GetBoolean(),
        check.GetProperty("declaresSettings").GetBoolean(),
        Items(check, "settings", Setting));

    private static CachedFix Fix(JsonElement fix) => new(
        Text(fix, "id"),
        Text(fix, "title"),
        (Scenario)EnumValue(fix, "scenario", typeof(Scenario)),
        fix.GetProperty("needsElevation").GetBoolean(),
        Text(fix, "description"),
        Texts(fix, "addresses"),
        (FixImpact)EnumValue(fix, "impact", typeof(FixImpact)),
        Text(fix, "undoFixId"),
        fix.GetProperty("declaresSettings").GetBoolean(),
        Items(fix, "settings", Setting));

    private static CachedRule Rule(JsonElement rule) => new(
        Text(rule, "id"),
        Text(rule, "title"),
        Items(rule, "kinds", kind => (LogKind)EnumOf(kind, typeof(LogKind))),
        Texts(rule, "markers"));

    // The members after the three positional ones are optional: a setting of one kind has only its kind's.
    private static SettingData Setting(JsonElement setting) => new(Text(setting, "kind"), Text(setting, "key"), Text(setting, "description"))
    {
        NumberDefault = OptionalNumber(setting, "numberDefault"),
        Minimum = OptionalNumber(setting, "minimum"),
        Maximum = OptionalNumber(setting, "maximum"),
        Unit = OptionalText(setting, "unit"),
        TextDefault = OptionalText(setting, "textDefault"),
        AllowedValues = OptionalTexts(setting, "allowedValues"),
        MaxLength = OptionalCount(setting, "maxLength"),
        UrlDefault = OptionalTexts(setting, "urlDefault"),
        MaxCount = OptionalCount(setting, "maxCount"),
    };

    /// <summary>A member that must be there and not null.</summary>
    private static JsonElement Member(JsonElement owner, string name)
    {
        var member = owner.GetProperty(name);
        return member.ValueKind == JsonValueKind.Null ? throw new InvalidOperationException(name) : member;
    }

    private static string Text(JsonElement owner, string name) => Member(owner, name).GetString()!;

    private static string? OptionalText(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member.GetString() : null;

    private static double? OptionalNumber(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member.GetDouble() : null;

    private static int? OptionalCount(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? member.GetInt32() : null;

    private static List<string> Texts(JsonElement owner, string name) => Items(owner, name, TextOf);

    private static List<string>? OptionalTexts(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null ? ItemsOf(member, TextOf) : null;

    private static string TextOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new InvalidOperationException("text");

    private static List<T> Items<T>(JsonElement owner, string name, Func<JsonElement, T> read) => ItemsOf(Member(owner, name), read);

    private static List<T> ItemsOf<T>(JsonElement array, Func<JsonElement, T> read)
    {
        var list = new List<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            list.Add(read(element));
        }

        return list;
    }

    private static object EnumValue(JsonElement owner, string name, Type type) => EnumOf(Member(owner, name), type);

    // By name, as the enums are written; the non-generic parse is precompiled, a generic one per enum would not be.
    private static object EnumOf(JsonElement element, Type type) =>
        Enum.Parse(type, element.GetString() ?? throw new InvalidOperationException(type.Name));
}
