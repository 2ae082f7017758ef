using System.Diagnostics;
using System.Diagnostics.Eventing.Reader;
using System.Runtime.Versioning;
using Microsoft.Win32;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Analysis.Sources;

/// <summary>The Windows-only sources: the update client's event channel read through the event log API,
/// SetupDiag's registry values, and WindowsUpdate.log produced by Get-WindowsUpdateLog. Thin on purpose: what
/// their answers become is <see cref="EventEntries"/>, tested on every OS.</summary>
[SupportedOSPlatform("windows")]
public static class WindowsLogSources
{
    public const string UpdateClientChannel = "Microsoft-Windows-WindowsUpdateClient/Operational";
    private const string SetupDiagKey = @"SYSTEM\Setup\MoSetup\Volatile\SetupDiag";

    public static LogSource EventChannel(string channel) => new(channel, cancellationToken => new OpenedLog(LogKind.EventLog, ReadChannel(channel, cancellationToken)));

    public static LogSource SetupDiagRegistry() => new(@"HKLM\" + SetupDiagKey, _ =>
    {
        using var key = Registry.LocalMachine.OpenSubKey(SetupDiagKey, writable: false);
        var values = key is null
            ? []
            : key.GetValueNames().Select(name => KeyValuePair.Create(name, Convert.ToString(key.GetValue(name), System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        return new OpenedLog(LogKind.SetupDiag, EventEntries.FromSetupDiagValues(@"HKLM\" + SetupDiagKey, values));
    });

    /// <summary>Runs Get-WindowsUpdateLog into <paramref name="folder"/> and returns the log's path.</summary>
    public static async Task<string> ExportWindowsUpdateLogAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "WindowsUpdate.log");
        var start = new ProcessStartInfo("powershell.exe") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-NoProfile", "-NonInteractive", "-Command", "Get-WindowsUpdateLog", "-LogPath", path])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException(Strings.GetWindowsUpdateLogFailed);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode == 0 && File.Exists(path)
            ? path
            : throw new IOException(Strings.GetWindowsUpdateLogFailed + " " + error.ReplaceLineEndings(" ").Trim());
    }

    private static IEnumerable<LogEntry> ReadChannel(string channel, CancellationToken cancellationToken)
    {
        using var reader = new EventLogReader(new EventLogQuery(channel, PathType.LogName));
        long index = 0;
        for (var record = reader.ReadEvent(); record is not null; record = reader.ReadEvent())
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (record)
            {
                string? message;
                try
                {
                    message = record.FormatDescription();
                }
                catch (EventLogException)
                {
                    message = null;
                }

                message ??= string.Join("; ", record.Properties.Select(p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
                yield return EventEntries.From(channel, ++index, record.Id, record.Level, record.ProviderName, record.TimeCreated, message);
            }
        }
    }
}
