using System.Diagnostics;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>
/// The built wutk as a child process whose memory is bounded and watched: the .NET heap gets a hard limit (past it an
/// allocation fails, which wutk would report as an internal error, 70), and the process's peak working set is read
/// while it runs. For large hostile inputs, where "bounded memory" means something a test can see.
/// </summary>
internal static class BoundedProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, long PeakWorkingSet);

    /// <summary>The heap limit given to the child: generous for a command that streams, far below what a blow-up takes.</summary>
    public const long HeapLimit = 512L * 1024 * 1024;

    public static Task<Result> RunAsync(string workingFolder, TimeSpan limit, params string[] args) =>
        RunAsync(workingFolder, limit, HeapLimit, args);

    /// <summary>The same with a heap limit of the test's choosing, for an input that is large on purpose.</summary>
    public static async Task<Result> RunAsync(string workingFolder, TimeSpan limit, long heapLimit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestPaths.HostOutput, "wutk.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + heapLimit.ToString("X", System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            while (!process.HasExited)
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.PeakWorkingSet64);
                }
                catch (InvalidOperationException)
                {
                    // Ended between the check and the read.
                }

                await Task.Delay(50, deadline.Token);
            }

            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new AssertionException($"wutk {HostileRun.Describe(args)} did not end within {limit.TotalSeconds} s");
        }

        return new Result(process.ExitCode, await output, await error, peak);
    }
}
