using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Sources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// The component store's health: the last verdict the servicing logs record (CBS.log, its newest persisted
/// predecessor and dism.log, read by the log library with the loaded plugins' rules), or a new
/// <c>DISM /Online /Cleanup-Image /ScanHealth</c> run, which takes minutes and needs an administrator.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsComponentStore(IReadOnlyList<ILogRuleFactory> logRules, TimeProvider time)
{
    /// <summary>CBS.log starts afresh at about 50 MB and keeps the previous one as CbsPersist_*.log: a verdict from a
    /// recent scan may be there. Older ones are compressed into .cab files, which no rule reads.</summary>
    private const int PersistedLogs = 1;

    public Task<ComponentStoreState> LastKnownAsync(CancellationToken cancellationToken)
    {
        const string Question = "componentStore/LastKnown";
        var rules = ComponentStoreHistory.Rules(logRules);
        if (rules.Count == 0)
        {
            throw new QuestionUnansweredException(Question, MachineStrings.ComponentStoreRulesMissing);
        }

        return Task.Run(() =>
        {
            var reading = ComponentStoreHistory.Read(Sources(Question), rules, TimeZoneInfo.Local, cancellationToken);
            return reading.Unreadable.Count > 0
                ? throw new QuestionUnansweredException(Question, MachineStrings.FormatComponentStoreLogsUnreadable(string.Join("; ", reading.Unreadable)))
                : reading.State;
        }, cancellationToken).WaitAsync(cancellationToken);
    }

    public async Task<ComponentStoreState> ScanHealthAsync(CancellationToken cancellationToken)
    {
        const string Question = "componentStore/ScanHealth";
        var dism = Path.Combine(Environment.SystemDirectory, "Dism.exe");
        if (!File.Exists(dism))
        {
            throw new QuestionUnansweredException(Question, MachineStrings.FormatDismMissing(dism));
        }

        var start = new ProcessStartInfo(dism)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in DismScanOutput.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new QuestionUnansweredException(Question, MachineStrings.FormatDismMissing(dism));
        }
        catch (Win32Exception ex)
        {
            throw new QuestionUnansweredException(Question, MachineStrings.FormatDismFailed(ex.Message));
        }

        using (process)
        {
            string output;
            try
            {
                var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
                var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                output = await standardOutput.ConfigureAwait(false) + await standardError.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A scan only reads the store: stopping it leaves nothing half done.
                Stop(process);
                throw;
            }

            var result = DismScanOutput.Read(process.ExitCode, output, time.GetUtcNow());
            return result.State ?? throw new QuestionUnansweredException(Question,
                result.NeedsElevation ? Strings.NeedsAdministrator : MachineStrings.FormatDismFailed(result.Failure));
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            // It ended on its own meanwhile, or cannot be stopped: either way there is nothing more to do.
        }
    }

    /// <summary>The path, once it is known to open: a log only administrators may read makes the whole question one
    /// for an administrator, rather than an analysis that reports the file as unreadable.</summary>
    private static string Readable(string path)
    {
        using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        return path;
    }

    /// <summary>The logs that exist, oldest first: the newest persisted CBS log, CBS.log, dism.log.</summary>
    private static List<LogSource> Sources(string question)
    {
        var logs = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Logs");
        var cbs = Path.Combine(logs, "CBS");
        try
        {
            IEnumerable<string> persisted = Directory.Exists(cbs)
                ? new DirectoryInfo(cbs).EnumerateFiles("CbsPersist_*.log").OrderByDescending(file => file.LastWriteTimeUtc).Take(PersistedLogs).Select(file => file.FullName)
                : [];
            return persisted
                .Concat([Path.Combine(cbs, "CBS.log"), Path.Combine(logs, "DISM", "dism.log")])
                .Where(File.Exists)
                .Select(Readable)
                .Select(LogSource.File)
                .ToList();
        }
        catch (UnauthorizedAccessException)
        {
            throw new QuestionUnansweredException(question, Strings.NeedsAdministrator);
        }
        catch (IOException ex)
        {
            throw new QuestionUnansweredException(question, MachineStrings.FormatComponentStoreLogsUnreadable(ex.Message));
        }
    }
}
