namespace WuToolkit.Bench.Startup;

/// <summary>wutk as users run it: a Release publish of the host (the folder <c>dotnet pack</c> puts in the tool package,
/// bundled plugins included), started by <c>dotnet wutk.dll</c> as the tool's shim does.</summary>
internal static class WutkBuild
{
    public static async Task<string> PublishAsync(string repoRoot, string workFolder, IEnumerable<string> properties)
    {
        var folder = Path.Combine(workFolder, "wutk");
        var arguments = new List<string> { "publish", Path.Combine(repoRoot, "src", "Host"), "-c", "Release", "-o", folder, "-nologo", "-v", "q" };
        arguments.AddRange(properties.Select(property => "-p:" + property));
        await Shell.MustRunAsync("publishing wutk", "dotnet", arguments).ConfigureAwait(false);
        var dll = Path.Combine(folder, "wutk.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"wutk published, but {dll} is missing");
    }
}
