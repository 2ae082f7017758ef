namespace WuToolkit.Bench.Startup;

/// <summary>The floor every ratio is measured against: a bare <c>dotnet new console</c> hello world, built Release into a
/// folder of its own (outside the repository, so none of its build settings apply) and started as wutk is, by
/// <c>dotnet program.dll</c>.</summary>
internal static class Floor
{
    public static async Task<string> BuildAsync(string workFolder)
    {
        var folder = Path.Combine(workFolder, "floor");
        var dll = Path.Combine(folder, "bin", "Release", "net10.0", "floor.dll");
        if (File.Exists(dll))
        {
            return dll;
        }

        Directory.CreateDirectory(folder);
        await Shell.MustRunAsync("dotnet new console (the floor)", "dotnet", ["new", "console", "--name", "floor", "--output", folder, "--force", "--framework", "net10.0"]).ConfigureAwait(false);
        await Shell.MustRunAsync("building the floor", "dotnet", ["build", folder, "-c", "Release", "-nologo", "-v", "q"]).ConfigureAwait(false);
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"the floor built, but {dll} is missing");
    }
}
