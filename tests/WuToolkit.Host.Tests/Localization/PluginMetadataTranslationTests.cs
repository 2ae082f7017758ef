using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// A plugin's titles, descriptions and messages in the user's language: the Translated fixture names its resources with
/// <c>[assembly: LocalizedMetadata]</c> and ships <c>ja/Translated.resources.dll</c>, which must resolve inside the
/// plugin's own load context, and in an isolated plugin's process, which must speak the parent's language.
/// </summary>
public class PluginMetadataTranslationTests
{
    private const string JapaneseTitle = "ユーザーの言語であいさつします";
    private const string JapaneseDescription = "ユーザーの言語でリソースから読み取ったあいさつを返して合格します。";
    private const string JapaneseGreeting = "翻訳されたプラグインからのあいさつ";
    private const string EnglishTitle = "Greets in the user's language";
    private const string EnglishGreeting = "hello from a translated plugin";

    private TempFolder _plugins = null!;

    [SetUp]
    public void Drop_the_fixture_with_its_satellite()
    {
        _plugins = new TempFolder();
        var dll = FixturePlugins.DropAsFolder("Translated", _plugins.Path);

        // A vendor ships the plugin's folder whole, its culture folders included.
        var satellite = Path.Combine(FixturePlugins.Output("Translated"), "ja", "Translated.resources.dll");
        Assert.That(File.Exists(satellite), Is.True, "the fixture's build makes its Japanese satellite");
        var ja = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(dll)!, "ja")).FullName;
        File.Copy(satellite, Path.Combine(ja, "Translated.resources.dll"));
    }

    [TearDown]
    public void Remove_the_fixture() => _plugins.Dispose();

    [Test]
    public async Task List_in_Japanese_shows_the_plugins_Japanese_title()
    {
        var table = await Support.Cli.RunAsync("list", "translated", "--lang", "ja", "--plugins", _plugins.Path);
        var json = await Support.Cli.RunAsync("list", "translated", "--lang", "ja", "--plugins", _plugins.Path, "--format", "json");

        Assert.That(table.ExitCode, Is.Zero, table.Error);
        Assert.That(table.Output, Does.Contain(JapaneseTitle).And.Not.Contain(EnglishTitle));
        var check = Check(json.Output);
        Assert.That(check.GetProperty("title").GetString(), Is.EqualTo(JapaneseTitle));
        Assert.That(check.GetProperty("description").GetString(), Is.EqualTo(JapaneseDescription));
        Assert.That(check.GetProperty("id").GetString(), Is.EqualTo("translated.say-hello"), "ids are never translated");
    }

    [Test]
    public async Task List_in_English_shows_the_attributes_text()
    {
        var json = await Support.Cli.RunAsync("list", "translated", "--lang", "en", "--plugins", _plugins.Path, "--format", "json");

        Assert.That(Check(json.Output).GetProperty("title").GetString(), Is.EqualTo(EnglishTitle));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Run_in_Japanese_gives_the_plugins_Japanese_title_and_message_in_process_and_isolated(bool isolate)
    {
        string[] args = ["run", "translated", "--lang", "ja", "--plugins", _plugins.Path, "--format", "json", .. isolate ? new[] { "--isolate" } : []];
        var result = await Support.Cli.RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var row = Result(result.Output);
        Assert.That(row.GetProperty("title").GetString(), Is.EqualTo(JapaneseTitle));
        Assert.That(row.GetProperty("summary").GetString(), Is.EqualTo(JapaneseGreeting));
        Assert.That(row.GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    public async Task Run_in_English_gives_the_English_message()
    {
        var result = await Support.Cli.RunAsync("run", "translated", "--lang", "en", "--plugins", _plugins.Path, "--format", "json");

        Assert.That(Result(result.Output).GetProperty("summary").GetString(), Is.EqualTo(EnglishGreeting));
    }

    [Test]
    public async Task A_plugin_without_its_satellite_falls_back_to_English()
    {
        Directory.Delete(Path.Combine(_plugins.Path, "Translated", "ja"), recursive: true);

        var result = await Support.Cli.RunAsync("run", "translated", "--lang", "ja", "--plugins", _plugins.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Result(result.Output).GetProperty("title").GetString(), Is.EqualTo(EnglishTitle));
        Assert.That(Result(result.Output).GetProperty("summary").GetString(), Is.EqualTo(EnglishGreeting));
    }

    [Test]
    public async Task A_plugin_without_the_attribute_keeps_its_English_title_in_Japanese()
    {
        FixturePlugins.DropAsFolder("ContextEcho", _plugins.Path);

        var result = await Support.Cli.RunAsync("list", "contextecho", "--lang", "ja", "--plugins", _plugins.Path, "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var titles = document.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("title").GetString());
        Assert.That(titles, Does.Contain("Echoes its context"));
    }

    private static JsonElement Check(string json) => Single(json, "checks", "translated.say-hello");

    private static JsonElement Result(string json) => Single(json, "results", "translated.say-hello");

    private static JsonElement Single(string json, string array, string id)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(array).EnumerateArray().Single(item => item.GetProperty("id").GetString() == id).Clone();
    }
}
