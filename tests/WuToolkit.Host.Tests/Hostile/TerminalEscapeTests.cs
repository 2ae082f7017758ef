using System.Text.Json;
using System.Text.Json.Nodes;
using WuToolkit.Host.Output;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Hostile;

/// <summary>Terminal escapes carried by data (a snapshot value, a log line, a file name) are shown escaped in tables and
/// in message lines, and stay escaped in JSON, so that data can never retitle the window, clear the screen or reorder
/// a line.</summary>
public class TerminalEscapeTests
{
    /// <summary>Retitles the window (OSC 0 … BEL), clears the screen (CSI 2J), then reverses the rest of the line.</summary>
    private const string Hostile = "\u001B]0;pwned\u0007\u001B[2J\u202Eexe.gnp";

    [TestCase("\u001B", @"\x1B")]
    [TestCase("\u0007", @"\x07")]
    [TestCase("\t", @"\x09")]
    [TestCase("\n", @"\x0A")]
    [TestCase("\u007F", @"\x7F")]
    [TestCase("\u009B", @"\x9B")]
    [TestCase("\u202A", @"\u202A")]
    [TestCase("\u202E", @"\u202E")]
    [TestCase("\u2066", @"\u2066")]
    [TestCase("\u2069", @"\u2069")]
    public void Each_unsafe_character_is_written_as_an_escape(string character, string escaped)
    {
        Assert.That(TerminalText.Escape($"a{character}b"), Is.EqualTo($"a{escaped}b"));
    }

    [Test]
    public void Ordinary_text_is_returned_as_it_is()
    {
        const string text = "Windows Update (wuauserv): 日本語, é, \u200E, 100 %";

        Assert.That(TerminalText.Escape(text), Is.SameAs(text));
    }

    [Test]
    public void In_json_only_the_bidirectional_overrides_are_escaped_whole_or_in_parts_alike()
    {
        const string json = "{\"name\":\"a\u202Eb\u2066c\",\"tab\":\"\\t\",\"ja\":\"日本語\"}";
        const string expected = @"{""name"":""a\u202Eb\u2066c"",""tab"":""\t"",""ja"":""日本語""}";
        using var parts = new StringWriter();
        TerminalText.WriteEscapedJson(parts, json.AsSpan(0, 12));
        TerminalText.WriteEscapedJson(parts, json.AsSpan(12));

        Assert.That(TerminalText.EscapeJson(json), Is.EqualTo(expected));
        Assert.That(parts.ToString(), Is.EqualTo(expected));
        const string plain = "{\"ja\":\"日本語\"}";
        Assert.That(TerminalText.EscapeJson(plain), Is.SameAs(plain));
    }

    [Test]
    public async Task A_display_name_from_a_snapshot_is_escaped_in_the_table_and_kept_in_json()
    {
        using var temp = new TempFolder();
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.Samples, "services-disabled.json")))!;
        var bits = snapshot["services"]!.AsArray().Single(service => (string?)service!["name"] == "BITS")!;
        bits["displayName"] = "BITS " + Hostile;
        var file = temp.Combine("pc.json");
        await File.WriteAllTextAsync(file, snapshot.ToJsonString());

        var table = await Support.Cli.RunAsync("run", "--snapshot", file, "services");
        var json = await Support.Cli.RunAsync("run", "--snapshot", file, "services", "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.IssueFound), table.Error);
        Assert.That(Unsafe(table.Output), Is.Empty);
        Assert.That(table.Output, Does.Contain(@"BITS \x1B]0;pwned\x07\x1B[2J\u202Eexe.gnp"));
        Assert.That(Unsafe(json.Output), Is.Empty);
        Assert.That(Summaries(json.Output), Has.Some.Contains("BITS " + Hostile));
    }

    [Test]
    public async Task A_log_line_and_a_file_name_are_escaped_in_the_table_and_kept_in_json()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows forbids control characters in file names");
        using var temp = new TempFolder();
        var log = temp.Combine("\u001B[2JCBS.log");
        await File.WriteAllTextAsync(log, string.Join("\r\n",
            "2024-03-01 10:00:01, Info                  CBS    Session: 1_1 initialized by client WindowsUpdateAgent.",
            "2024-03-01 10:00:07, Error                 CBS    Failed to install package: Package_for_KB5034441\u001Bc\u0007\u202E~31bf3856ad364e35~amd64~~19041.3920.1.3 [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
            ""));

        var table = await Support.Cli.RunAsync("logs", "analyze", log);
        var json = await Support.Cli.RunAsync("logs", "analyze", log, "--format", "json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.IssueFound), table.Output + table.Error);
        Assert.That(Unsafe(table.Output), Is.Empty);
        Assert.That(table.Output, Does.Contain(@"Package_for_KB5034441\x1Bc\x07\u202E"));
        Assert.That(table.Output, Does.Contain(@"\x1B[2JCBS.log:2"));
        Assert.That(Unsafe(json.Output), Is.Empty);
        Assert.That(Summaries(json.Output), Has.Some.Contains("Package_for_KB5034441\u001Bc\u0007\u202E"));
    }

    [Test]
    public async Task A_file_name_in_an_error_line_is_escaped()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Windows forbids control characters in file names");
        using var temp = new TempFolder();
        var file = temp.Combine("no" + Hostile + ".json");

        var result = await Support.Cli.RunAsync("run", "--snapshot", file);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoInput));
        Assert.That(Unsafe(result.Error), Is.Empty);
        Assert.That(result.Error, Does.StartWith("error: ").And.Contain(@"no\x1B]0;pwned\x07\x1B[2J\u202Eexe.gnp.json"));
    }

    /// <summary>The unsafe characters in some output, line ends aside.</summary>
    private static string Unsafe(string text) =>
        new(text.Where(c => c is not '\n' and not '\r' && TerminalText.Escape(c.ToString()).Length > 1).ToArray());

    /// <summary>Every <c>summary</c> string in a JSON document, however deep.</summary>
    private static List<string> Summaries(string json)
    {
        var found = new List<string>();
        using var document = JsonDocument.Parse(json);
        Collect(document.RootElement, found);
        return found;
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "summary" && property.Value.ValueKind == JsonValueKind.String)
                {
                    found.Add(property.Value.GetString()!);
                }

                Collect(property.Value, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found);
            }
        }
    }
}
