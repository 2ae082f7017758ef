using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// Nothing is said in English only. Every .resx of the product (src/, plugins/, and the plugin template, which shows
/// plugin authors how) has a Japanese sibling .ja.resx with exactly its keys, a value for each, the same format
/// placeholders, and a value that is not the English one, unless the English has no letters or is on the allow-list
/// below. And every check, fix, log rule and error catalog of the bundled plugins has a Japanese title (through
/// <c>[assembly: LocalizedMetadata]</c>). samples/ThirdPartyPlugin stays English on purpose: it stands for a vendor's
/// plugin that ships no translation, which wutk shows in English whatever the language.
/// </summary>
public partial class ResourceParityTests
{
    /// <summary>English texts that are the same in Japanese: status tokens, product and component names, option and
    /// variable names, and codes. "file|key", the file relative to the repository.</summary>
    private static readonly HashSet<string> SameInJapanese =
    [
        // Status and severity tokens: the same words in every language, as scripts and screenshots in tickets
        // use them (README, "Languages").
        "src/Host/Resources/Strings.resx|StatusPass",
        "src/Host/Resources/Strings.resx|StatusWarn",
        "src/Host/Resources/Strings.resx|StatusFail",
        "src/Host/Resources/Strings.resx|StatusSkipped",
        "src/Host/Resources/Strings.resx|StatusError",
        "src/Host/Resources/Strings.resx|SeverityFailure",
        "src/Host/Resources/Strings.resx|SeverityWarning",
        "src/Host/Resources/Strings.resx|SeverityInfo",
        "src/Host/Resources/Strings.resx|SeverityRepaired",

        // A policy value as the registry names it, around the server it names.
        "plugins/Network/Resources/Strings.resx|EvidenceWsusUsed",

        // Where a plugin came from, named by the option and the variable that name the folder.
        "src/Host/Resources/TrustStrings.resx|OriginCommandLine",
        "src/Host/Resources/TrustStrings.resx|OriginEnvironment",
        "src/Host/Resources/TrustStrings.resx|Sha256Line",

        // Commands and prompts typed as they are.
        "src/Host/Resources/FixStrings.resx|ConfirmPrompt",
        "src/Host/Resources/FixStrings.resx|UndoByJournal",

        // Facility names of HRESULTs: component names.
        "src/Host/Resources/ExplainStrings.resx|Facility*",

        // Product names.
        "plugins/Upgrade/Resources/Strings.resx|GroupSnapdragon850",
        "plugins/Upgrade/Resources/Strings.resx|TargetWindows10",
        "plugins/Upgrade/Resources/Strings.resx|TargetWindows11",
        "plugins/Upgrade/Resources/ReadinessStrings.resx|Windows10",
        "plugins/Upgrade/Resources/ReadinessStrings.resx|Windows11",
        "plugins/Health/Resources/Strings.resx|ManagerConfigMgr",
        "plugins/Health/Resources/Strings.resx|ManagerWsus",
        "plugins/Health/Resources/Strings.resx|ManagerMdm",
        "plugins/Health/Resources/Strings.resx|ManagerBusiness",

        // Setup's operation names, a DISM option and a unit, as Windows writes them.
        "plugins/Logs/Resources/ExtendCodes.resx|Operation18",
        "plugins/Logs/Resources/ExtendCodes.resx|Operation19",
        "plugins/Logs/Resources/Strings.resx|SourceOption",
        "plugins/Logs/Resources/Strings.resx|DumpSize",
    ];

    public static IEnumerable<TestCaseData> EnglishResources()
    {
        var root = TestPaths.RepoRoot;
        var folders = new[] { "src", "plugins", Path.Combine("templates", "WuToolkit.Templates", "content") };
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.resx", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file) && !IsCultureSpecific(file))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(file).SetArgDisplayNames(file));
    }

    [TestCaseSource(nameof(EnglishResources))]
    public void Every_resx_has_a_Japanese_sibling_with_the_same_keys_and_placeholders(string file)
    {
        var english = Path.Combine(TestPaths.RepoRoot, file);
        var japanese = Path.ChangeExtension(english, ".ja.resx");
        Assert.That(File.Exists(japanese), Is.True, $"{file} has no Japanese sibling {Path.GetFileName(japanese)}");

        var en = Values(english);
        var ja = Values(japanese);
        Assert.That(ja.Keys.Except(en.Keys), Is.Empty, "keys the English file does not have");
        Assert.That(en.Keys.Except(ja.Keys), Is.Empty, "keys without a Japanese text");

        var problems = new List<string>();
        foreach (var (key, text) in en)
        {
            var translated = ja[key];
            if (string.IsNullOrWhiteSpace(translated))
            {
                problems.Add($"{key}: empty");
                continue;
            }

            var enPlaceholders = Placeholders(text);
            var jaPlaceholders = Placeholders(translated);
            if (!enPlaceholders.SetEquals(jaPlaceholders))
            {
                problems.Add($"{key}: placeholders {{{string.Join(",", enPlaceholders.Order())}}} became {{{string.Join(",", jaPlaceholders.Order())}}}");
            }

            if (translated == text && HasLetters(text) && !Allowed(file, key))
            {
                problems.Add($"{key}: still English: {text}");
            }
        }

        Assert.That(problems, Is.Empty, file);
    }

    [Test]
    public void The_parity_test_sees_every_product_resx_and_leaves_out_the_vendor_sample_and_tests()
    {
        var files = EnglishResources().Select(data => (string)data.Arguments[0]!).ToList();

        Assert.That(files, Does.Contain("src/Host/Resources/Strings.resx").And.Contain("plugins/Disk/Resources/Strings.resx"));
        Assert.That(files.Where(file => file.StartsWith("templates/", StringComparison.Ordinal)), Is.Not.Empty);
        Assert.That(files.Where(file => file.StartsWith("tests/", StringComparison.Ordinal) || file.StartsWith("samples/", StringComparison.Ordinal)), Is.Empty);
        Assert.That(files.Where(file => file.EndsWith(".ja.resx", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Every_export_of_the_bundled_plugins_has_a_Japanese_title()
    {
        var english = Load(CultureInfo.InvariantCulture);
        var japanese = Load(Japanese.Culture);

        var untranslated = new List<string>();
        Collect("check", english.Checks.Select(c => (c.Id, c.Metadata.Title)), japanese.Checks.Select(c => (c.Id, c.Metadata.Title)), untranslated);
        Collect("fix", english.Fixes.Select(f => (f.Id, f.Metadata.Title)), japanese.Fixes.Select(f => (f.Id, f.Metadata.Title)), untranslated);
        Collect("log rule", english.LogRules.Select(r => (r.Id, r.Metadata.Title)), japanese.LogRules.Select(r => (r.Id, r.Metadata.Title)), untranslated);
        Collect("error catalog", english.ErrorCatalogs.Select(c => (c.Id, c.Metadata.Title)), japanese.ErrorCatalogs.Select(c => (c.Id, c.Metadata.Title)), untranslated);

        Assert.That(english.Problems.Select(problem => problem.Message), Is.Empty);
        Assert.That(english.Checks.Count(), Is.Positive);
        Assert.That(untranslated, Is.Empty, "titles that stay English under ja (add {id}.Title to the plugin's LocalizedMetadata resources)");
    }

    private static void Collect(string kind, IEnumerable<(string Id, string Title)> english, IEnumerable<(string Id, string Title)> japanese, List<string> untranslated)
    {
        var titles = japanese.ToDictionary(item => item.Id, item => item.Title, StringComparer.Ordinal);
        foreach (var (id, title) in english)
        {
            var ja = titles.GetValueOrDefault(id);
            if (ja is null || ja == title || !Japanese.Has(ja))
            {
                untranslated.Add($"{kind} {id}: {ja ?? "(missing)"}");
            }
        }
    }

    /// <summary>The bundled plugins as the real loader loads them in <paramref name="culture"/>.</summary>
    private static PluginCatalog Load(CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return new PluginLoader(NullLoggerFactory.Instance).LoadAll([new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static bool Allowed(string file, string key) =>
        SameInJapanese.Contains($"{file}|{key}")
        || SameInJapanese.Any(entry => entry.EndsWith('*') && $"{file}|{key}".StartsWith(entry[..^1], StringComparison.Ordinal));

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .Where(data => data.Attribute("type") is null)
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Letters outside the placeholders: "{0}: {1}" has none, "SHA-256 {0}" has.</summary>
    private static bool HasLetters(string text) => Placeholder().Replace(text, "").Any(char.IsLetter);

    private static bool IsBuildOutput(string file) =>
        file.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj");

    /// <summary>Strings.ja.resx, Strings.de-DE.resx: a translation, not a resource of its own.</summary>
    private static bool IsCultureSpecific(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name[(dot + 1)..], predefinedOnly: true) is { Name.Length: > 0 };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
