using System.CommandLine;
using System.Globalization;
using System.Xml.Linq;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// How the language is chosen: <c>--lang en|ja</c> on any command, else the UI culture (LANG on Linux) when it is
/// Japanese, else English; a value other than en or ja is a usage error naming both.
/// </summary>
public class LanguageOptionTests
{
    private static string Sample => Path.Combine(TestPaths.Samples, "services-disabled.json");

    [TestCase("fr")]
    [TestCase("")]
    [TestCase("ja-JP")]
    public async Task A_language_other_than_en_or_ja_is_a_usage_error_naming_both(string value)
    {
        var result = await Support.Cli.RunAsync("run", "--snapshot", Sample, "--lang", value);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.Error);
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.Contain("--lang").And.Contain("en").And.Contain("ja").And.Contain($"'{value}'"));
    }

    [Test]
    public async Task Lang_ja_speaks_Japanese_on_every_command_and_lang_en_English()
    {
        var japanese = await Support.Cli.RunAsync("run", "--snapshot", Sample, "--lang", "ja");
        var english = await Support.Cli.RunAsync("--lang=en", "run", "--snapshot", Sample);

        Assert.That(japanese.ExitCode, Is.EqualTo(ExitCodes.IssueFound), japanese.Error);
        Assert.That(japanese.Output, Does.Contain(Japanese.Host("VerdictIssues")).And.Contain(Japanese.Host("ColumnFinding")));
        Assert.That(english.Output, Does.Contain(Japanese.English("VerdictIssues")).And.Not.Contain(Japanese.Host("VerdictIssues")));
    }

    [Test]
    public async Task Without_lang_a_Japanese_UI_culture_speaks_Japanese_and_any_other_English()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            var japanese = await Support.Cli.RunAsync("run", "--snapshot", Sample);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var french = await Support.Cli.RunAsync("run", "--snapshot", Sample);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            var overridden = await Support.Cli.RunAsync("run", "--snapshot", Sample, "--lang", "en");

            Assert.That(japanese.Output, Does.Contain(Japanese.Host("VerdictIssues")));
            Assert.That(french.Output, Does.Contain(Japanese.English("VerdictIssues")));
            Assert.That(overridden.Output, Does.Contain(Japanese.English("VerdictIssues")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public async Task A_run_leaves_the_callers_language_as_it_was()
    {
        var before = CultureInfo.CurrentUICulture;

        await Support.Cli.RunAsync("run", "--snapshot", Sample, "--lang", "ja");

        Assert.That(CultureInfo.CurrentUICulture, Is.EqualTo(before));
    }

    [TestCase("ja_JP.UTF-8", true)]
    [TestCase("en_US.UTF-8", false)]
    [TestCase("de_DE.UTF-8", false)]
    public async Task LANG_chooses_the_language_of_the_real_process(string lang, bool japanese)
    {
        WutkProcess.AssumeLinux();
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            [Path.Combine(TestPaths.HostOutput, "wutk.dll"), "run", "--snapshot", Sample],
            Path.GetTempPath(),
            new Dictionary<string, string> { ["LANG"] = lang, ["LC_ALL"] = lang, ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            TimeSpan.FromMinutes(2));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.ToString());
        Assert.That(result.Output, Does.Contain(japanese ? Japanese.Host("VerdictIssues") : Japanese.English("VerdictIssues")), result.ToString());
    }

    [Test]
    public async Task Help_in_Japanese_shows_the_descriptions_of_our_resources()
    {
        var result = await Support.Cli.RunAsync("--help", "--lang", "ja");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain(Japanese.Host("RootDescription")).And.Contain(Japanese.Host("OptionLang")).And.Contain(Japanese.Host("OptionHelp")));
    }

    [TestCase("en")]
    [TestCase("ja")]
    public void Every_command_option_and_argument_is_described_from_the_resources(string language)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = UiLanguage.Resolve(language, CultureInfo.InvariantCulture);
            var culture = CultureInfo.CurrentUICulture;
            var texts = HostResourceTexts(language == "ja");
            var undescribed = new List<string>();
            var notFromResources = new List<string>();
            foreach (var (path, description) in Described(WutkCommandLine.Build(HostEnvironmentForTests()), ""))
            {
                if (string.IsNullOrWhiteSpace(description))
                {
                    undescribed.Add(path);
                }
                else if (!texts.Contains(description))
                {
                    notFromResources.Add($"{path}: {description}");
                }
            }

            Assert.That(undescribed, Is.Empty, "described");
            Assert.That(notFromResources, Is.Empty, $"every description is a text of src/Host/Resources in {culture.Name}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every visible command, option and argument with its description; the help option's too.</summary>
    private static IEnumerable<(string Path, string? Description)> Described(Command command, string parent)
    {
        var path = (parent + " " + command.Name).Trim();
        yield return (path, command.Description);
        foreach (var option in command.Options.Where(option => !option.Hidden))
        {
            yield return ($"{path} {option.Name}", option.Description);
        }

        foreach (var argument in command.Arguments.Where(argument => !argument.Hidden))
        {
            yield return ($"{path} <{argument.Name}>", argument.Description);
        }

        foreach (var child in command.Subcommands.Where(child => !child.Hidden))
        {
            foreach (var described in Described(child, path))
            {
                yield return described;
            }
        }
    }

    /// <summary>The values of src/Host/Resources: the English files, or their Japanese siblings.</summary>
    private static HashSet<string> HostResourceTexts(bool japanese)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "src", "Host", "Resources");
        var files = Directory.GetFiles(folder, "*.resx").Where(file => file.EndsWith(".ja.resx", StringComparison.Ordinal) == japanese);
        return files.SelectMany(file => XDocument.Load(file).Root!.Elements("data").Select(data => (string?)data.Element("value") ?? ""))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static HostEnvironment HostEnvironmentForTests() =>
        new(TestPaths.HostOutput, null, null, _ => null, OutputIsTerminal: false, TerminalWidth: 0);
}
