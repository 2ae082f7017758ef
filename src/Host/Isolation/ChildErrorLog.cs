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
    private int _sinceLastWords = -1;

    /// <summary>The runtime's first words about why the process ended, if it wrote any.</summary>
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

    /// <summary>Passes a line on. The runtime's first line when it ends a process ("Process terminated.") and the next one
    /// (often why: FailFast's message, the exception) are its last words; the stack trace after them is not passed on,
    /// since the check's row says what happened.</summary>
    private void Say(string line)
    {
        if (_sinceLastWords >= 0)
        {
            var trimmed = line.Trim();
            if (++_sinceLastWords == 1 && trimmed.Length > 0 && !trimmed.StartsWith("at ", StringComparison.Ordinal)
                && !trimmed.StartsWith("Repeat", StringComparison.Ordinal) && !trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                _lastWords = Cut(_lastWords + " " + trimmed);
                Forward(line);
            }

            return;
        }

        if (Array.Exists(LastWordsStarts, start => line.StartsWith(start, StringComparison.Ordinal)))
        {
            _lastWords = Cut(line.Trim());
            _sinceLastWords = 0;
        }

        Forward(line);
    }

    private void Forward(string line)
    {
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
