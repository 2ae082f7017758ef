using System.ComponentModel;
using System.Diagnostics;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Steps;

/// <summary>
/// Runs a fix's program for real: with its argument list (never a shell), standard input closed so a program that asks
/// a question does not wait for ever, its output read (so it never blocks on a full pipe) and its last lines kept for
/// the message. Cancelling (the step's time is up) ends the program and everything it started.
/// </summary>
internal sealed class ProgramRunner
{
    private const int KeptLines = 5;

    /// <summary>Runs a tool wutk itself needs (sc.exe) and gives its exit code and standard output.</summary>
    public static async Task<(int ExitCode, string Output)> CaptureAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ExpandEnvironmentVariables(program))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
    }

    public async Task<StepOutcome> RunAsync(RunProgramStep run, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ExpandEnvironmentVariables(run.Program))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in run.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var tail = new Queue<string>();
        void Keep(object sender, DataReceivedEventArgs line)
        {
            if (string.IsNullOrWhiteSpace(line.Data))
            {
                return;
            }

            lock (tail)
            {
                tail.Enqueue(line.Data.Trim());
                while (tail.Count > KeptLines)
                {
                    tail.Dequeue();
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return StepOutcome.Failed(StepStrings.FormatProgramNotStarted(run.Program, ex.Message));
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own meanwhile.
            }

            throw;
        }

        string said;
        lock (tail)
        {
            said = string.Join(" | ", tail);
        }

        var code = process.ExitCode;
        return run.SuccessExitCodes.Contains(code)
            ? StepOutcome.Done(StepStrings.FormatProgramExited(run.Program, code)) with { ExitCode = code }
            : StepOutcome.Failed(StepStrings.FormatProgramFailed(run.Program, code, said)) with { ExitCode = code };
    }
}
