using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Isolation.Protocol;

namespace WuToolkit.Host.Plugins.Cache;

/// <summary>One cache file: what one plugin DLL exported, for one UI culture, as long as the DLL (and the files beside it)
/// are the ones described here.</summary>
/// <param name="Format">The cache's format (<see cref="PluginMetadataCache.Format"/>): another format is ignored.</param>
/// <param name="Tool">The wutk version that wrote it: another version's file is ignored.</param>
/// <param name="Key">What the plugin file was when the listing was made.</param>
/// <param name="Sha256">The SHA-256 of the plugin file's bytes then, in lower-case hexadecimal: read only when the file's
/// write time alone changed.</param>
/// <param name="Plugin">What it exported.</param>
internal sealed record CachedPluginFile(int Format, string Tool, PluginFingerprint Key, string Sha256, CachedPlugin Plugin);

/// <summary>What a plugin exported, as <c>list</c> and selection read it; <paramref name="Problems"/> are the messages of
/// the exports that were refused (a bad id, no title), said again on every start as when the plugin really loads.</summary>
internal sealed record CachedPlugin(
    string Name,
    string Version,
    string? SdkVersion,
    IReadOnlyList<CachedCheck> Checks,
    IReadOnlyList<CachedFix> Fixes,
    IReadOnlyList<CachedExport> ErrorCatalogs,
    IReadOnlyList<CachedRule> LogRules,
    IReadOnlyList<string> Problems);

internal sealed record CachedCheck(
    string Id,
    string Title,
    Scenario Scenario,
    bool NeedsElevation,
    IReadOnlyList<string> Tags,
    string? Description,
    bool Deep,
    bool DeclaresSettings,
    IReadOnlyList<SettingData> Settings);

internal sealed record CachedFix(
    string Id,
    string Title,
    Scenario Scenario,
    bool NeedsElevation,
    string Description,
    IReadOnlyList<string> Addresses,
    FixImpact Impact,
    string UndoFixId,
    bool DeclaresSettings,
    IReadOnlyList<SettingData> Settings);

internal sealed record CachedExport(string Id, string Title);

/// <param name="Markers">The words the rule needs (<see cref="LogRuleMetadata.Markers"/>): without them a warm start
/// would build every log entry for every rule.</param>
internal sealed record CachedRule(string Id, string Title, IReadOnlyList<LogKind> Kinds, IReadOnlyList<string> Markers);
