using System.Globalization;

namespace WuToolkit.Bench.Startup;

/// <summary>
/// Where a command's start-up goes: the methods the just-in-time compiler compiled for it, counted by where they come
/// from. wutk's assemblies are IL only (a framework-dependent tool), so every method it runs the first time is compiled
/// on that run, while the floor's code is precompiled in the shared framework; the count is the profile of start-up,
/// and unlike a time it does not depend on how busy the machine is. It comes from the runtime's own summary
/// (<c>DOTNET_JitDisasmSummary</c>, one line a compiled method, written to <c>DOTNET_JitStdOutFile</c>).
/// </summary>
internal static class JitProfile
{
    private static readonly HashSet<string> Libraries = new(StringComparer.Ordinal) { "System.CommandLine", "System.Composition" };

    /// <summary>One command's count: all methods compiled, and the largest groups by namespace.</summary>
    public sealed record Counts(StartupCase Case, int Methods, IReadOnlyList<(string Group, int Methods)> Groups);

    public static async Task<IReadOnlyList<Counts>> MeasureAsync(IReadOnlyList<StartupCase> cases, IReadOnlyDictionary<string, string> environment, string workFolder)
    {
        var results = new List<Counts>();
        foreach (var startupCase in cases)
        {
            var file = Path.Combine(workFolder, "jit-summary.txt");
            File.Delete(file);
            var withSummary = new Dictionary<string, string>(environment)
            {
                ["DOTNET_JitStdOutFile"] = file,
                ["DOTNET_JitDisasmSummary"] = "1",
            };
            await Shell.RunAsync(startupCase.Program, startupCase.Arguments, environment: withSummary).ConfigureAwait(false);
            var methods = File.Exists(file) ? await File.ReadAllLinesAsync(file).ConfigureAwait(false) : [];
            var compiled = methods.Select(MethodName).OfType<string>().ToList();
            var groups = compiled.GroupBy(Group).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            results.Add(new Counts(startupCase, compiled.Count, groups));
        }

        return results;
    }

    public static async Task WriteTableAsync(IReadOnlyList<Counts> counts, TextWriter output, int groupsShown = 6)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("methods compiled just in time (DOTNET_JitDisasmSummary), by namespace:").ConfigureAwait(false);
        await output.WriteLineAsync("| command | methods | largest groups |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---:|---|").ConfigureAwait(false);
        foreach (var count in counts)
        {
            var groups = string.Join(", ", count.Groups.Take(groupsShown).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Group} {g.Methods}")));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {count.Case.Name} | {count.Methods:N0} | {groups} |")).ConfigureAwait(false);
        }
    }

    /// <summary>The method of one summary line (<c>  12: JIT compiled Ns.Type:Method(args) [Tier0, ...]</c>), or null
    /// for any other line.</summary>
    internal static string? MethodName(string line)
    {
        const string marker = "JIT compiled ";
        var start = line.IndexOf(marker, StringComparison.Ordinal);
        return start < 0 ? null : line[(start + marker.Length)..];
    }

    /// <summary>Groups a method by its namespace: three parts of it for the framework and wutk (<c>System.Text.Json</c>,
    /// <c>WuToolkit.Host.Plugins</c>, <c>WuToolkit.Plugins.Upgrade</c>, so a plugin or a host area shows on its own),
    /// two for the libraries wutk ships (<c>Spectre.Console</c>, <c>System.CommandLine</c>, <c>System.Composition</c>).</summary>
    internal static string Group(string method)
    {
        var type = method.Split(':', 2)[0];
        var generic = type.IndexOfAny(['`', '[', '+']);
        var parts = (generic < 0 ? type : type[..generic]).Split('.');
        var keep = parts[0] is "System" or "Microsoft" or "WuToolkit" && !Libraries.Contains(string.Join('.', parts.Take(2))) ? 3 : 2;

        // The last part is the type's name; a group is only namespaces.
        return string.Join('.', parts.Take(Math.Min(keep, Math.Max(parts.Length - 1, 1))));
    }
}
