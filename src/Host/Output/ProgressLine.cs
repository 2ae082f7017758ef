namespace WuToolkit.Host.Output;

/// <summary>
/// A single self-overwriting progress line on standard error, for long work (gigabyte logs). Drawn only when
/// standard error is a terminal, at most a few times a second, and erased when done, so that it never reaches
/// a log file or a script.
/// </summary>
public sealed class ProgressLine(TextWriter error, bool enabled) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private DateTime _last = DateTime.MinValue;
    private int _width;

    public void Report(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!enabled || DateTime.UtcNow - _last < Interval)
        {
            return;
        }

        _last = DateTime.UtcNow;
        error.Write('\r' + text.PadRight(_width));
        _width = Math.Max(_width, text.Length);
        error.Flush();
    }

    public void Dispose()
    {
        if (enabled && _width > 0)
        {
            error.Write('\r' + new string(' ', _width) + '\r');
            error.Flush();
        }
    }
}
