using System.Diagnostics;
using System.Text;

namespace WuToolkit.Bench.Startup;

/// <summary>Runs the programs the start-up benchmark prepares with (dotnet new, build, publish): to the end, output
/// kept for the one line that says why a step failed.</summary>
internal static class Shell
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        var text = new StringBuilder(await output.ConfigureAwait(false)).Append(await error.ConfigureAwait(false)).ToString();
        return (process.ExitCode, text);
    }

    /// <summary>As <see cref="RunAsync"/>, and a failure stops the benchmark naming the step.</summary>
    public static async Task<string> MustRunAsync(string step, string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (code, output) = await RunAsync(program, arguments, workingDirectory, environment).ConfigureAwait(false);
        if (code != 0)
        {
            var tail = string.Join('\n', output.Split('\n').TakeLast(15));
            throw new InvalidOperationException($"{step} failed (exit code {code}):\n{tail}");
        }

        return output;
    }

    /// <summary>Whether a program is on the PATH.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
