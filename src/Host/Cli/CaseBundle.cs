using System.Text;
using WuToolkit.Host.IO;
using WuToolkit.Host.Output;
using WuToolkit.Host.Reports.Bundle;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;
using WuToolkit.Logs.Sources;
using WuToolkit.Snapshots;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk collect -o case.zip</c>: the snapshot, the run's results and this PC's update logs in one bundle,
/// written through <see cref="SafeFileWriter"/> (whole, or not at all).</summary>
internal static class CaseBundle
{
    /// <summary>Writes the bundle; returns the line that says so. Warnings (a log cut or left out) go to standard error.</summary>
    public static async Task<string> WriteAsync(
        HostSession session, Snapshot snapshot, RunReport report, string path, IReadOnlyList<string> extraLogs, bool redact, CancellationToken cancellationToken)
    {
        using var snapshotBuffer = new MemoryStream();
        await SnapshotWriter.WriteAsync(snapshot, snapshotBuffer, cancellationToken).ConfigureAwait(false);
        using var results = new StringWriter();
        await new JsonOutputFormatter(results, HostSession.ToolVersion).WriteRunAsync(report with { ExitCode = ExitCodes.Ok }, cancellationToken).ConfigureAwait(false);

        Redactor? redactor = null;
        if (redact)
        {
            redactor = new Redactor(session.Environment.GetVariable(Reports.HostIdentity.SaltVariable));
            redactor.KnowThisPc(session.Environment.MachineName, Environment.UserName, Environment.UserDomainName);
        }

        var logs = ThisPcLogs().Concat(extraLogs.Select(Path.GetFullPath)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var writer = new BundleWriter(HostSession.ToolVersion, TimeProvider.System.GetUtcNow(), redactor);
        await SafeFileWriter.WriteAsync(
            path,
            (stream, token) => writer.WriteAsync(stream, snapshotBuffer.ToArray(), Encoding.UTF8.GetBytes(results.ToString()), logs, token),
            cancellationToken).ConfigureAwait(false);
        foreach (var warning in writer.Warnings)
        {
            await session.Error.WriteLineAsync(MessageLine.Warning(warning)).ConfigureAwait(false);
        }

        var logCount = writer.Entries.Count(entry => entry.Kind == "log");
        var shown = TerminalText.Escape(path);
        return Plural.Of(logCount, ReportStrings.FormatBundleWrittenOne(shown, logCount, writer.Entries.Count + 1), ReportStrings.FormatBundleWrittenOther(shown, logCount, writer.Entries.Count + 1));
    }

    /// <summary>The update, servicing and Setup logs where Windows keeps them (as <c>wutk logs</c> reads them), less
    /// memory dumps, which are large and hold whatever was in memory. None elsewhere.</summary>
    private static IEnumerable<string> ThisPcLogs()
    {
        if (!OperatingSystem.IsWindows())
        {
            return [];
        }

        return LogLocations.Expand(LogLocations.ExistingDefaults()).Files
            .Where(file => !file.EndsWith(".dmp", StringComparison.OrdinalIgnoreCase));
    }
}
