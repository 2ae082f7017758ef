using System.Text.Json;
using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>Reads the JSON that <c>wutk plugins</c> and <c>wutk run</c> print with <c>--format json</c>, so that tests
/// assert on structure rather than on how a table happens to wrap a long message.</summary>
internal static class CliJson
{
    public sealed record Plugin(string Name, string Origin, IReadOnlyList<string> Checks);

    public sealed record Problem(string Plugin, string Path, string Message, bool Refused);

    public sealed record Row(string Id, string Plugin, CheckStatus Status, string Summary, IReadOnlyList<Evidence> Evidence);

    public sealed record PluginsReport(IReadOnlyList<Plugin> Plugins, IReadOnlyList<Problem> Problems)
    {
        public IReadOnlyList<string> ChecksOf(string plugin) => Plugins.Single(p => p.Name == plugin).Checks;
    }

    public static PluginsReport ReadPlugins(string output)
    {
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("plugins"));
        var plugins = root.GetProperty("plugins").EnumerateArray()
            .Select(p => new Plugin(Text(p, "name"), Text(p, "origin"), p.GetProperty("checks").EnumerateArray().Select(c => c.GetString()!).ToList()))
            .ToList();
        var problems = root.GetProperty("problems").EnumerateArray()
            .Select(p => new Problem(Text(p, "plugin"), Text(p, "path"), Text(p, "message"), p.GetProperty("refused").GetBoolean()))
            .ToList();
        return new PluginsReport(plugins, problems);
    }

    public static IReadOnlyList<Row> ReadRun(string output)
    {
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("run"));
        return root.GetProperty("results").EnumerateArray()
            .Select(r => new Row(
                Text(r, "id"),
                Text(r, "plugin"),
                Enum.Parse<CheckStatus>(Text(r, "status"), ignoreCase: true),
                Text(r, "summary"),
                r.GetProperty("evidence").EnumerateArray().Select(e => new Evidence(Text(e, "key"), Text(e, "value"))).ToList()))
            .ToList();
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
