using System.Globalization;
using System.Text;

namespace WuToolkit.Bench.Startup;

/// <summary>
/// A plugins folder of <c>count</c> small plugins, each a real assembly with its own name, check id, tags and a
/// declared setting, as a vendor's or IT team's would be: generated as one tiny project per plugin (sharing one
/// Directory.Build.props) and built in one <c>dotnet build</c> of a solution that lists them, into
/// <c>plugins/FarmNNN/FarmNNN.dll</c>. Built once per count and SDK; later runs reuse it.
/// </summary>
internal static class PluginFarm
{
    public static async Task<string> BuildAsync(string workFolder, string abstractionsDll, int count)
    {
        var root = Path.Combine(workFolder, $"farm-{count}");
        var plugins = Path.Combine(root, "plugins");
        var stamp = Path.Combine(root, "built.txt");
        var sdk = File.GetLastWriteTimeUtc(abstractionsDll).Ticks.ToString(CultureInfo.InvariantCulture);
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp).ConfigureAwait(false) == sdk)
        {
            return plugins;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var sources = Path.Combine(root, "src");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "Directory.Build.props"), Props(abstractionsDll, plugins)).ConfigureAwait(false);
        var projects = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var name = Name(i);
            var folder = Path.Combine(sources, name);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "Check.cs"), Source(i)).ConfigureAwait(false);
            projects.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"{name}/{name}.csproj\" />\n");
        }

        // One solution: one restore and one parallel build for all of them.
        await File.WriteAllTextAsync(Path.Combine(sources, "Farm.slnx"), $"<Solution>\n{projects}</Solution>\n").ConfigureAwait(false);
        await Shell.MustRunAsync($"building {count} generated plugins", "dotnet", ["build", Path.Combine(sources, "Farm.slnx"), "-c", "Release", "-nologo", "-v", "q", "-m"]).ConfigureAwait(false);
        var built = Directory.EnumerateFiles(plugins, "Farm*.dll", SearchOption.AllDirectories).Count();
        if (built != count)
        {
            throw new InvalidOperationException($"{count} plugins generated, {built} built");
        }

        await File.WriteAllTextAsync(stamp, sdk).ConfigureAwait(false);
        return plugins;
    }

    public static string Name(int index) => "Farm" + index.ToString("000", CultureInfo.InvariantCulture);

    public static string CheckId(int index) => $"farm{index:000}.ready";

    private static string Props(string abstractionsDll, string plugins) => $"""
        <Project>
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <EnableDynamicLoading>true</EnableDynamicLoading>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
            <OutDir>{plugins}/$(MSBuildProjectName)/</OutDir>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="WuToolkit.Abstractions" HintPath="{abstractionsDll}" Private="false" />
            <Reference Include="System.Composition.AttributedModel" HintPath="{Path.Combine(Path.GetDirectoryName(abstractionsDll)!, "System.Composition.AttributedModel.dll")}" Private="false" />
          </ItemGroup>
        </Project>
        """;

    private static string Source(int index) => $$"""
        using WuToolkit.Abstractions;
        using WuToolkit.Abstractions.Checks;

        namespace {{Name(index)}};

        public static class Settings
        {
            public static readonly NumberSetting Threshold = new("{{CheckId(index)}}.threshold", "How many of a thing are too many.", {{index}}) { Minimum = 0, Maximum = 1000 };
        }

        [ExportCheck("{{CheckId(index)}}", "Generated check {{index}}", Tags = ["generated", "farm{{index % 10}}"], Description = "A generated check that passes.", Settings = typeof(Settings))]
        public sealed class ReadyCheck : ICheck
        {
            public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken) =>
                Task.FromResult(CheckResult.Pass("ready"));
        }
        """;
}
