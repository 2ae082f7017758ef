using System.Text;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>Asks the person at the keyboard to approve a change: the question on standard error, the answer a line of
/// standard input. Only "y" or "yes" approves; anything else, or no input at all (a script that forgot <c>--yes</c>),
/// does not.</summary>
public sealed class Confirmation(TextWriter error, Func<Stream> openInput)
{
    private StreamReader? _reader;

    public async Task<bool> AskAsync(string question, CancellationToken cancellationToken)
    {
        await error.WriteAsync(FixStrings.FormatConfirmPrompt(question)).ConfigureAwait(false);
        await error.FlushAsync(cancellationToken).ConfigureAwait(false);

        // One reader for every question, so that answers piped in one after another are each read once.
        _reader ??= new StreamReader(openInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 256, leaveOpen: true);
        var answer = await _reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            await error.WriteLineAsync().ConfigureAwait(false);
        }

        return answer?.Trim().ToUpperInvariant() is "Y" or "YES";
    }
}
