using System.Diagnostics;
using System.Runtime.Versioning;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.LogSources;

/// <summary>WindowsUpdate.log as Get-WindowsUpdateLog produces it from the update client's trace files: a file the
/// logs command then reads like any other. Windows only, since it runs PowerShell; everything else the logs command
/// reads on Windows comes through the machine (see <see cref="Logs.Sources.MachineLogSources"/>).</summary>
[SupportedOSPlatform("windows")]
public static class WindowsUpdateLogExport
{
    /// <summary>Runs Get-WindowsUpdateLog into <paramref name="folder"/> and returns the log's path.</summary>
    public static async Task<string> RunAsync(string folder, CancellationToken cancellationToken)
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
}
