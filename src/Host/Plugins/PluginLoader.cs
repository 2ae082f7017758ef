using System.Composition;
using System.Composition.Hosting;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Plugins.Cache;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;
using McMasterLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace WuToolkit.Host.Plugins;

/// <summary>
/// Loads plugins, each in its own load context and its own composition container, so that one bad plugin
/// spoils nothing but itself. Every problem becomes a <see cref="PluginProblem"/>; nothing here throws.
/// </summary>
public sealed partial class PluginLoader
{
    // The contracts, the MEF attributes and runtime, and the logging abstractions must be the host's own
    // copies: a plugin carrying its own would load fine and export nothing (or fail for every plugin).
    private static readonly Type[] SharedTypes =
    [
        typeof(ICheck),
        typeof(ExportAttribute),
        typeof(ExportFactory<>),
        typeof(ILoggerFactory),
    ];

    private static readonly AssemblyName Abstractions = typeof(ICheck).Assembly.GetName();

    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TrustPolicy _trust;
    private readonly IPluginIsolation? _isolation;

    public PluginLoader(ILoggerFactory loggerFactory)
        : this(loggerFactory, TrustPolicy.NotElevated, isolation: null)
    {
    }

    /// <param name="loggerFactory">Given to the plugins.</param>
    /// <param name="trust">Decides which plugins may load, and from where.</param>
    /// <param name="isolation">Runs some plugins in processes of their own; null to load every plugin here.</param>
    public PluginLoader(ILoggerFactory loggerFactory, TrustPolicy trust, IPluginIsolation? isolation)
    {
        ArgumentNullException.ThrowIfNull(trust);
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<PluginLoader>();
        _trust = trust;
        _isolation = isolation;
    }

    /// <summary>What plugins exported at their last load, for listing and selection; null to load every plugin now.
    /// With it, a plugin the cache describes loads only when one of its exports is first created.</summary>
    internal PluginMetadataCache? Cache { get; init; }

    /// <summary>Told when each loading phase ends (<c>WUTK_TRACE_STARTUP</c>).</summary>
    internal Action<string>? Trace { get; init; }

    public PluginCatalog LoadAll(IEnumerable<PluginFolder> folders)
    {
        var problems = new List<PluginProblem>();
        var candidates = new PluginDiscovery(_loggerFactory.CreateLogger<PluginDiscovery>()).Find(folders, problems);
        Trace?.Invoke($"plugins found ({candidates.Count})");
        return Load(candidates, problems);
    }

    /// <summary>A plugin that may load: what its metadata says, how far it is trusted and where it loads from; an
    /// isolated one's process is already starting.</summary>
    private sealed record Admitted(PluginCandidate Candidate, AssemblyInspection Inspection, PluginTrust Trust, string LoadFrom, Task<IsolatedLoad>? Isolated);

    /// <summary>Loads the plugins found; <paramref name="problems"/> holds those met while finding them.</summary>
    public PluginCatalog Load(IReadOnlyList<PluginCandidate> candidates, List<PluginProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(problems);
        var plugins = new List<LoadedPlugin>();
        var entries = new List<PluginEntry>();
        var names = new Dictionary<string, PluginCandidate>(StringComparer.OrdinalIgnoreCase);
        var checkIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var fixIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var catalogIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ruleIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // First what the files say and how far each plugin is trusted, before any of its code runs; isolated plugins'
        // processes start meanwhile, all at once.
        var admitted = new List<Admitted>();
        foreach (var candidate in candidates)
        {
            if (Admit(candidate, problems, entries) is { } admit)
            {
                admitted.Add(admit);
            }
        }

        Trace?.Invoke("plugins admitted (metadata read, trust decided)");

        foreach (var admit in admitted)
        {
            var candidate = admit.Candidate;
            var before = problems.Count;
            if (names.TryGetValue(candidate.Name, out var first))
            {
                var duplicate = Refused(candidate, Strings.FormatPluginDuplicateName(candidate.Name, first.AssemblyPath));
                problems.Add(duplicate);
                entries.Add(Entry(admit, PluginLoadState.Refused) with { Problem = duplicate.Message });
                continue;
            }

            LoadedPlugin? plugin;
            if (admit.Isolated is { } isolated)
            {
                var load = isolated.GetAwaiter().GetResult();
                problems.AddRange(load.Problems);
                plugin = load.Plugin;
            }
            else
            {
                plugin = Cache is { } cache ? LoadListed(admit, cache, problems) : LoadHere(candidate, admit.LoadFrom, problems);
            }

            if (plugin is null)
            {
                entries.Add(Entry(admit, PluginLoadState.Refused) with { Problem = problems.Skip(before).FirstOrDefault(p => p.PluginRefused)?.Message });
                continue;
            }

            names.Add(candidate.Name, candidate);
            plugin = plugin with
            {
                Checks = Unique(plugin.Checks, d => d.Id, checkIds, candidate, problems),
                Fixes = Unique(plugin.Fixes, d => d.Id, fixIds, candidate, problems),
                ErrorCatalogs = Unique(plugin.ErrorCatalogs, d => d.Id, catalogIds, candidate, problems),
                LogRules = Unique(plugin.LogRules, d => d.Id, ruleIds, candidate, problems),
            };
            plugins.Add(plugin);
            var state = problems.Skip(before).Any() ? PluginLoadState.LoadedInPart : PluginLoadState.Loaded;
            entries.Add(Entry(admit, state) with { Plugin = plugin, Version = plugin.Version, SdkVersion = plugin.SdkVersion });
        }

        return new PluginCatalog(plugins, problems) { Entries = entries };
    }

    private static PluginEntry Entry(Admitted admit, PluginLoadState state) =>
        new(admit.Candidate, admit.Trust, state)
        {
            Version = admit.Inspection.Version,
            SdkVersion = SdkVersions.MajorMinor(admit.Inspection.RecordedSdk),
            Isolated = admit.Isolated is not null,
        };

    /// <summary>Reads what the DLL's metadata says and decides trust; null (after saying why, where something is wrong)
    /// when it does not load. A library beside plugins is passed over without a word.</summary>
    private Admitted? Admit(PluginCandidate candidate, List<PluginProblem> problems, List<PluginEntry> entries)
    {
        AssemblyInspection inspection;
        string? problem = null;
        try
        {
            inspection = AssemblyInspection.Read(candidate.AssemblyPath, Abstractions.Name!);
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            inspection = new AssemblyInspection(false, null);
            problem = Strings.FormatPluginNotAnAssembly(candidate.Name, ex.Message);
        }

        if (problem is null && (!inspection.IsManagedAssembly || inspection.AbstractionsReference is null))
        {
            // A .NET library loose in a plugins folder is most likely a dependency of a plugin beside it (a plugin's
            // build output holds them, and the docs suggest trying a plugin with --plugins bin/Release/net10.0):
            // nothing is wrong, so it is a log line, not a problem. In a plugin's own folder the main DLL must be a plugin.
            if (candidate.IsLooseFile && inspection.IsManagedAssembly)
            {
                LogSkippedNotAPlugin(_logger, candidate.AssemblyPath);
                return null;
            }

            problem = inspection.IsManagedAssembly
                ? Strings.FormatPluginNoSdkReference(candidate.Name, Abstractions.Name)
                : Strings.FormatPluginNotAnAssembly(candidate.Name, Strings.NotManagedCode);
        }

        if (problem is null && inspection.AbstractionsReference is { } built && built.Major != Abstractions.Version!.Major)
        {
            problem = Strings.FormatPluginWrongSdkVersion(candidate.Name, Abstractions.Name, built.ToString(2), SdkVersions.Host.ToString(2));
        }

        var (trust, loadFrom) = _trust.Decide(candidate);
        if (problem is null && trust.Refuses)
        {
            problem = TrustMessages.Refusal(candidate.Name, trust);
        }

        if (problem is not null)
        {
            problems.Add(Refused(candidate, problem));
            entries.Add(new PluginEntry(candidate, trust, PluginLoadState.Refused)
            {
                Version = inspection.Version,
                SdkVersion = SdkVersions.MajorMinor(inspection.RecordedSdk),
                Problem = problem,
            });
            return null;
        }

        var isolated = _isolation?.Isolates(candidate) == true ? _isolation.LoadAsync(candidate, loadFrom) : null;
        return new Admitted(candidate, inspection, trust, loadFrom, isolated);
    }

    /// <summary>The plugin as the cache lists it, loading when first used; else loaded now, and then kept in the cache.
    /// Only plugins that load are kept: one refused is tried (and refused, with its reason) on every run.</summary>
    private LoadedPlugin? LoadListed(Admitted admit, PluginMetadataCache cache, List<PluginProblem> problems)
    {
        var candidate = admit.Candidate;
        var key = PluginFingerprint.Of(candidate.AssemblyPath, candidate.IsLooseFile, System.Globalization.CultureInfo.CurrentUICulture.Name);
        if (key is not null && cache.Read(key) is { } cached)
        {
            problems.AddRange(cached.Problems.Select(problem => Partly(candidate, problem)));
            var loadFrom = admit.LoadFrom;
            return CachedListing.ToPlugin(cached, candidate, new DeferredPlugin(candidate.Name, later => LoadHere(candidate, loadFrom, later)));
        }

        var before = problems.Count;
        var plugin = LoadHere(candidate, admit.LoadFrom, problems);
        if (plugin is not null && key is not null)
        {
            cache.Write(key, CachedListing.From(plugin, problems.Skip(before).Select(problem => problem.Message)));
        }

        return plugin;
    }

    /// <summary>Loads the plugin into this process, from <paramref name="loadFrom"/> (its own DLL, or a verified copy).</summary>
    public LoadedPlugin? LoadHere(PluginCandidate candidate, string loadFrom, List<PluginProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            var loader = McMasterLoader.CreateFromAssemblyFile(
                loadFrom,
                SharedTypes,
                config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();

            // Refused before anything of it runs: a plugin that needs a newer SDK would fail later, inside a check,
            // with a missing method; a plugin that records nonsense cannot be trusted to match this SDK either.
            var recorded = SdkVersions.RecordedBy(assembly);
            var needs = recorded is null ? SdkVersions.Unrecorded : SdkVersions.MajorMinor(recorded);
            if (needs is null || needs > SdkVersions.Host)
            {
                problems.Add(Refused(candidate, Strings.FormatPluginNewerSdk(
                    candidate.Name, Abstractions.Name, needs?.ToString(2) ?? recorded ?? "?", SdkVersions.Host.ToString(2))));
                return null;
            }

            return Compose(candidate, assembly, problems) is { } plugin ? plugin with { SdkVersion = recorded is null ? null : needs } : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogLoadFailed(_logger, ex, candidate.Name);
            problems.Add(Refused(candidate, Strings.FormatPluginLoadFailed(candidate.Name, Explain(ex))));
            return null;
        }
    }

    private LoadedPlugin? Compose(PluginCandidate candidate, Assembly assembly, List<PluginProblem> problems)
    {
        using var container = new ContainerConfiguration()
            .WithAssembly(assembly)
            .WithExport(_loggerFactory)
            .CreateContainer();

        var texts = LocalizedTexts.For(assembly);
        var checks = container.GetExports<ExportFactory<ICheck, CheckMetadata>>()
            .Select(factory => new CheckDescriptor(candidate.Name, texts.Localize(factory.Metadata), () => factory.CreateExport().Value))
            .Where(check => IsValid(candidate, check.Id, check.Metadata.Title, problems))
            .Select(check => WithSettings(candidate, check, problems))
            .OrderBy(check => check.Id, StringComparer.Ordinal)
            .ToList();
        var fixes = container.GetExports<ExportFactory<IFix, FixMetadata>>()
            .Select(factory => new FixDescriptor(candidate.Name, texts.Localize(factory.Metadata), () => factory.CreateExport().Value))
            .Where(fix => IsValid(candidate, fix.Id, fix.Metadata.Title, problems))
            .OrderBy(fix => fix.Id, StringComparer.Ordinal)
            .ToList();

        var catalogs = container.GetExports<ExportFactory<IErrorCatalog, ErrorCatalogMetadata>>()
            .Select(factory => new ErrorCatalogDescriptor(candidate.Name, texts.Localize(factory.Metadata), () => factory.CreateExport().Value))
            .Where(catalog => IsValid(candidate, catalog.Id, catalog.Metadata.Title, problems))
            .OrderBy(catalog => catalog.Id, StringComparer.Ordinal)
            .ToList();
        var rules = container.GetExports<ExportFactory<ILogRule, LogRuleMetadata>>()
            .Select(factory => new LogRuleDescriptor(candidate.Name, texts.Localize(factory.Metadata), () => factory.CreateExport().Value))
            .Where(rule => IsValid(candidate, rule.Id, rule.Metadata.Title, problems))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToList();

        if (checks.Count + fixes.Count + catalogs.Count + rules.Count == 0 && !problems.Any(p => p.AssemblyPath == candidate.AssemblyPath))
        {
            problems.Add(Refused(candidate, Strings.FormatPluginExportsNothing(candidate.Name, Abstractions.Name)));
            return null;
        }

        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return new LoadedPlugin(candidate.Name, plus > 0 ? version[..plus] : version, candidate, checks, fixes, catalogs, rules);
    }

    /// <summary>The check with its declared settings; a declaration that fails is the plugin's problem, and the check
    /// still loads (its settings are then unknown, so a value set for one is refused as unknown).</summary>
    private static CheckDescriptor WithSettings(PluginCandidate candidate, CheckDescriptor check, List<PluginProblem> problems)
    {
        try
        {
            return check with { Settings = SettingDeclarations.Read(check.Metadata.Settings) };
        }
        catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException or TypeLoadException or MemberAccessException)
        {
            problems.Add(Partly(candidate, Strings.FormatPluginBadSettings(candidate.Name, check.Id, Explain(ex))));
            return check;
        }
    }

    private static bool IsValid(PluginCandidate candidate, string? id, string? title, List<PluginProblem> problems)
    {
        if (id is null || !IdPattern().IsMatch(id))
        {
            problems.Add(Partly(candidate, Strings.FormatPluginBadId(candidate.Name, id ?? "")));
            return false;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(Partly(candidate, Strings.FormatPluginNoTitle(candidate.Name, id)));
            return false;
        }

        return true;
    }

    private static List<T> Unique<T>(
        IReadOnlyList<T> items,
        Func<T, string> id,
        Dictionary<string, string> owners,
        PluginCandidate candidate,
        List<PluginProblem> problems)
    {
        var kept = new List<T>();
        foreach (var item in items)
        {
            if (owners.TryGetValue(id(item), out var owner))
            {
                problems.Add(Partly(candidate, Strings.FormatPluginDuplicateId(candidate.Name, id(item), owner)));
                continue;
            }

            owners.Add(id(item), candidate.Name);
            kept.Add(item);
        }

        return kept;
    }

    /// <summary>The innermost useful message: composition wraps the loader's exceptions.</summary>
    private static string Explain(Exception ex)
    {
        if (ex is ReflectionTypeLoadException typeLoad && typeLoad.LoaderExceptions.FirstOrDefault(e => e is not null) is { } loader)
        {
            return Explain(loader);
        }

        if (ex is FileNotFoundException missing && missing.FileName is { } file)
        {
            return Strings.FormatPluginMissingDependency(FileOf(file));
        }

        if (ex is TargetInvocationException or AggregateException or TypeInitializationException && ex.InnerException is { } inner)
        {
            return Explain(inner);
        }

        return ex.Message.ReplaceLineEndings(" ");
    }

    /// <summary>The runtime names a missing assembly by its display name ("VendorHelpers, Version=1.0.0.0, …"), but
    /// the user is looking for a file to copy: name that file.</summary>
    private static string FileOf(string missing)
    {
        if (!missing.Contains(", Version=", StringComparison.OrdinalIgnoreCase))
        {
            return missing;
        }

        try
        {
            return new AssemblyName(missing).Name is { Length: > 0 } name ? name + ".dll" : missing;
        }
        catch (Exception ex) when (ex is FileLoadException or ArgumentException)
        {
            return missing;
        }
    }

    private static PluginProblem Refused(PluginCandidate candidate, string message) =>
        new(candidate.Name, candidate.AssemblyPath, message, PluginRefused: true);

    private static PluginProblem Partly(PluginCandidate candidate, string message) =>
        new(candidate.Name, candidate.AssemblyPath, message, PluginRefused: false);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipping {Path}: a .NET library that does not reference the wutk SDK, so no plugin (most likely a dependency of one)")]
    private static partial void LogSkippedNotAPlugin(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Plugin {Plugin} failed to load")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string plugin);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")]
    private static partial Regex IdPattern();
}
