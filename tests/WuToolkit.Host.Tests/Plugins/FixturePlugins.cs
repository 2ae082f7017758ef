using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Plugins;

/// <summary>Where the fixture plugins (tests/Fixtures) and the third-party sample are built, and how a test drops
/// one into its own plugins folder. The test project builds them (ReferenceOutputAssembly=false) in its own
/// configuration, so their outputs sit at a known place beside their projects.</summary>
internal static class FixturePlugins
{
    public const string ThirdPartyName = "Contoso.PrinterQueue";

    /// <summary>The build output folder of a fixture project.</summary>
    public static string Output(string fixture) =>
        Built(Path.Combine(TestPaths.RepoRoot, "tests", "Fixtures", fixture), fixture);

    /// <summary>The build output folder of the third-party sample.</summary>
    public static string ThirdPartyOutput { get; } =
        Built(Path.Combine(TestPaths.RepoRoot, "samples", "ThirdPartyPlugin"), ThirdPartyName);

    /// <summary>Copies a fixture's whole output into <c>plugins/&lt;Name&gt;/</c>, as a vendor ships a plugin with its
    /// dependencies; <paramref name="leaveOut"/> names files not to copy.</summary>
    public static string DropAsFolder(string fixture, string pluginsFolder, params string[] leaveOut) =>
        CopyOutput(Output(fixture), Path.Combine(pluginsFolder, fixture), leaveOut);

    /// <summary>Copies only <c>&lt;Name&gt;.dll</c> and its .deps.json straight into the plugins folder.</summary>
    public static string DropLoose(string outputFolder, string name, string pluginsFolder)
    {
        Directory.CreateDirectory(pluginsFolder);
        var dll = Path.Combine(pluginsFolder, name + ".dll");
        File.Copy(Path.Combine(outputFolder, name + ".dll"), dll);
        File.Copy(Path.Combine(outputFolder, name + ".deps.json"), Path.Combine(pluginsFolder, name + ".deps.json"));
        return dll;
    }

    private static string CopyOutput(string from, string to, string[] leaveOut)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            if (!leaveOut.Contains(Path.GetFileName(file), StringComparer.OrdinalIgnoreCase))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }

        return Path.Combine(to, Path.GetFileName(to) + ".dll");
    }

    private static string Built(string projectFolder, string assemblyName)
    {
        var output = Path.Combine(projectFolder, "bin", TestPaths.Configuration, "net10.0");
        return File.Exists(Path.Combine(output, assemblyName + ".dll"))
            ? output
            : throw new InvalidOperationException($"{assemblyName}.dll is not built in {output}: build the test project, which builds it");
    }
}
