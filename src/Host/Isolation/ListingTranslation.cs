using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;

namespace WuToolkit.Host.Isolation;

/// <summary>What a plugin exports, in the protocol's terms: written by the plugin's process from the plugin it loaded,
/// read back by wutk into descriptors whose checks run in that process.</summary>
internal static class ListingTranslation
{
    /// <summary>The most codes one catalog brings across: far more than any product has.</summary>
    public const int MaxCodesPerCatalog = 50_000;

    public static PluginListing ToListing(LoadedPlugin plugin, ICollection<ProblemData> problems)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var catalogs = new List<CatalogListing>();
        foreach (var catalog in plugin.ErrorCatalogs)
        {
            try
            {
                var codes = catalog.Create().Codes.Take(MaxCodesPerCatalog).Select(ToData).ToList();
                catalogs.Add(new CatalogListing(catalog.Id, catalog.Metadata.Title, codes));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                problems.Add(new ProblemData(Resources.IsolationStrings.FormatCatalogFailed(plugin.Name, catalog.Id, ex.Message.ReplaceLineEndings(" ")), Refused: false));
            }
        }

        return new PluginListing(
            plugin.Name,
            plugin.Version,
            plugin.SdkVersion?.ToString(2),
            plugin.Checks.Select(check => new CheckListing(
                check.Id, check.Metadata.Title, StatusText.ForJson(check.Metadata.Scenario), check.Metadata.NeedsElevation,
                check.Metadata.Tags ?? [], check.Metadata.Description, check.Metadata.Deep)
            {
                DeclaresSettings = check.Metadata.Settings is not null,
                Settings = check.Settings.Select(ToData).ToList(),
            }).ToList(),
            plugin.Fixes.Select(fix => new FixListing(fix.Id, fix.Metadata.Title, StatusText.ForJson(fix.Metadata.Scenario), fix.Metadata.NeedsElevation)).ToList(),
            catalogs,
            plugin.LogRules.Select(rule => new RuleListing(rule.Id, rule.Metadata.Title, rule.Kinds.Select(kind => kind.ToString()).ToList())).ToList());
    }

    public static ErrorCodeData ToData(ErrorCode code) =>
        new(code.Code, code.Name, code.Meaning, code.Causes ?? [], code.CheckIds ?? [], code.FixIds ?? []);

    public static ErrorCode FromData(ErrorCodeData code) => new()
    {
        Code = code.Code,
        Name = code.Name ?? "",
        Meaning = code.Meaning ?? "",
        Causes = code.Causes ?? [],
        CheckIds = code.CheckIds ?? [],
        FixIds = code.FixIds ?? [],
    };

    internal static SettingData ToData(Setting setting) => setting switch
    {
        NumberSetting number => new SettingData("number", number.Key, number.Description)
        {
            NumberDefault = number.Default,
            Minimum = double.IsFinite(number.Minimum) ? number.Minimum : null,
            Maximum = double.IsFinite(number.Maximum) ? number.Maximum : null,
            Unit = number.Unit,
        },
        UrlListSetting urls => new SettingData("urlList", urls.Key, urls.Description)
        {
            UrlDefault = urls.Default.Select(url => url.OriginalString).ToList(),
            MaxCount = urls.MaxCount,
        },
        TextSetting text => new SettingData("text", text.Key, text.Description)
        {
            TextDefault = text.Default,
            AllowedValues = text.AllowedValues,
            MaxLength = text.MaxLength,
        },
        _ => new SettingData("text", setting.Key, setting.Description) { TextDefault = setting.DefaultText },
    };

    /// <summary>A setting as the plugin declared it; null for one that makes no sense (it is then unknown to wutk).</summary>
    internal static Setting? FromData(SettingData data)
    {
        if (string.IsNullOrWhiteSpace(data.Key))
        {
            return null;
        }

        return data.Kind switch
        {
            "number" => new NumberSetting(data.Key, data.Description ?? "", data.NumberDefault ?? 0)
            {
                Minimum = data.Minimum ?? double.MinValue,
                Maximum = data.Maximum ?? double.MaxValue,
                Unit = data.Unit,
            },
            "urlList" => new UrlListSetting(
                data.Key,
                data.Description ?? "",
                (data.UrlDefault ?? []).Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>().ToList())
            {
                MaxCount = data.MaxCount ?? 64,
            },
            _ => new TextSetting(data.Key, data.Description ?? "", data.TextDefault ?? "")
            {
                AllowedValues = data.AllowedValues ?? [],
                MaxLength = data.MaxLength ?? 1024,
            },
        };
    }

    /// <summary>The plugin as wutk knows it: its checks run through <paramref name="run"/>; its fixes are listed but
    /// cannot be planned yet (the protocol carries no plans); its catalogs come as data; its log rules stay in its process.</summary>
    public static LoadedPlugin FromListing(PluginListing listing, PluginCandidate candidate, Func<string, ICheck> run, Func<string, IFix> fix)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(candidate);
        var checks = (listing.Checks ?? []).Select(check => new CheckDescriptor(
            candidate.Name,
            new CheckMetadata
            {
                Id = check.Id,
                Title = check.Title,
                Scenario = CommonScenario(check.Scenario),
                NeedsElevation = check.NeedsElevation,
                Tags = (check.Tags ?? []).ToArray(),
                Description = check.Description,
                Deep = check.Deep,
            },
            () => run(check.Id))
        {
            Settings = (check.Settings ?? []).Select(FromData).OfType<Setting>().ToList(),
        }).ToList();
        var fixes = (listing.Fixes ?? []).Select(listed => new FixDescriptor(
            candidate.Name,
            new FixMetadata { Id = listed.Id, Title = listed.Title, Scenario = CommonScenario(listed.Scenario), NeedsElevation = listed.NeedsElevation },
            () => fix(listed.Id))).ToList();
        var catalogs = (listing.ErrorCatalogs ?? []).Select(catalog =>
        {
            var codes = (catalog.Codes ?? []).Select(FromData).ToList();
            return new ErrorCatalogDescriptor(candidate.Name, new ErrorCatalogMetadata { Id = catalog.Id, Title = catalog.Title }, () => new ListedCatalog(codes));
        }).ToList();
        return new LoadedPlugin(listing.Name, listing.Version, candidate, checks, fixes, catalogs, [])
        {
            SdkVersion = listing.SdkVersion is null ? null : SdkVersions.MajorMinor(listing.SdkVersion),
        };
    }

    private static Scenario CommonScenario(string? text) => Cli.CommonOptions.ParseScenario(text);

    /// <summary>An error catalog that came across as data.</summary>
    private sealed class ListedCatalog(IReadOnlyList<ErrorCode> codes) : IErrorCatalog
    {
        public IReadOnlyList<ErrorCode> Codes => codes;
    }
}
