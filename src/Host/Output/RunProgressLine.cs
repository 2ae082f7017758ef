using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output;

/// <summary>
/// How far a run has got, as a progress line on standard error (a terminal only): "checks: 38 of 40 done, waiting for
/// health.component-scan", so that a user whose deep scan takes minutes sees what wutk is waiting for. Checks end on
/// many threads, so reports are drawn one at a time; every one is drawn, since a run reports once per check and the
/// last report may have to stand for minutes.
/// </summary>
public sealed class RunProgressLine(TextWriter error, bool enabled) : IProgress<RunProgress>, IDisposable
{
    private readonly ProgressLine _line = new(error, enabled, TimeSpan.Zero);
    private readonly Lock _gate = new();

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Running is { } running
            ? Strings.FormatRunProgressWaiting(value.Done, value.Total, TerminalText.Escape(running))
            : Strings.FormatRunProgress(value.Done, value.Total);
        lock (_gate)
        {
            _line.Report(text);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _line.Dispose();
        }
    }
}
