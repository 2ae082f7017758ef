using System.Text;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// Passes on what an isolated plugin's process writes to standard error (its log lines, whatever the plugin prints,
/// and the runtime's last words when it dies), each line marked with the plugin's name and escaped for the terminal,
/// up to a limit: a plugin that floods standard error costs a bounded number of lines, never the host's memory.
/// </summary>
internal sealed class ChildErrorLog(string plugin, TextWriter error, Lock writing, IsolationLimits limits)
{
    // What the .NET runtime writes first when it ends a process.
    private static readonly string[] LastWordsStarts = ["Process terminated.", "Stack overflow.", "Unhandled exception.", "Fatal error.", "Out of memory."];

    private int _lines;
    private volatile string? _lastWords;
    private bool _lastWordsOpen;

    /// <summary>The runtime's first line about why the process ended, if it wrote one.</summary>
    public string? LastWords => _lastWords;

    public async Task PumpAsync(Stream stream)
    {
        var reader = new LineReader(stream, limits.MaxErrorLineBytes, cutLongLines: true);
        try
        {
            while (await reader.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } bytes)
            {
                Say(Encoding.UTF8.GetString(bytes));
            }
        }
        catch (IOException)
        {
            // The process is gone: nothing more to pass on.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private void Say(string line)
    {
        // The runtime's first line says what happened ("Process terminated."), the next one often why (FailFast's message,
        // the exception); the stack trace after them is for the log only.
        if (_lastWordsOpen)
        {
            _lastWordsOpen = false;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("at ", StringComparison.Ordinal) && !trimmed.StartsWith("Repeat", StringComparison.Ordinal) && !trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                _lastWords = Cut(_lastWords + " " + trimmed);
            }
        }
        else if (_lastWords is null && Array.Exists(LastWordsStarts, start => line.StartsWith(start, StringComparison.Ordinal)))
        {
            _lastWords = Cut(line.Trim());
            _lastWordsOpen = true;
        }

        var count = Interlocked.Increment(ref _lines);
        if (count > limits.MaxErrorLines + 1)
        {
            return;
        }

        var text = count > limits.MaxErrorLines
            ? IsolationStrings.FormatErrorLinesLeftOut(plugin)
            : IsolationStrings.FormatErrorLine(plugin, TerminalText.Escape(line));
        lock (writing)
        {
            try
            {
                error.WriteLine(text);
            }
            catch (IOException)
            {
            }
        }
    }
}
