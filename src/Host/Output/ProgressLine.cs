namespace WuToolkit.Host.Output;

/// <summary>
/// A single self-overwriting progress line on standard error, for long work (gigabyte logs). Drawn only when
/// standard error is a terminal, at most a few times a second, and erased when done, so that it never reaches
/// a log file or a script.
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="enabled">Whether to draw at all (standard error is a terminal).</param>
/// <param name="interval">The least time between two drawings (a quarter of a second unless given); a report that comes
/// sooner is dropped, so only work that reports often and steadily should keep the default.</param>
public sealed class ProgressLine(TextWriter error, bool enabled, TimeSpan? interval = null) : IDisposable
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromMilliseconds(250);
    private DateTime _last = DateTime.MinValue;
    private int _width;

    public void Report(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!enabled || DateTime.UtcNow - _last < _interval)
        {
            return;
        }

        _last = DateTime.UtcNow;
        // Columns, not characters: a Japanese character takes two, and what a longer line left must be blanked out.
        var columns = TerminalColumns.Of(text);
        error.Write('\r' + text + new string(' ', Math.Max(0, _width - columns)));
        _width = Math.Max(_width, columns);
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
