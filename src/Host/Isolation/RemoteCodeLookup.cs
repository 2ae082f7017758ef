using System.Collections.Concurrent;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Isolation.Protocol;

namespace WuToolkit.Host.Isolation;

/// <summary>In an isolated plugin's process: the error catalogs wutk loaded, asked over the pipe, so that a check sees
/// every catalog as it would in wutk itself. A question wutk does not answer in time is a code nobody knows.</summary>
internal sealed class RemoteCodeLookup(MessageChannel channel, ConcurrentDictionary<int, TaskCompletionSource<ErrorCodeData?>> waiting, Func<int> nextId, int run)
    : IErrorCodeLookup
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public ErrorCode? Find(uint code)
    {
        var id = nextId();
        var answer = new TaskCompletionSource<ErrorCodeData?>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = answer;
        try
        {
            // The interface is synchronous: the check's thread waits, the reading loop completes the answer.
            channel.SendAsync(new FindCodeMessage(id, run, code), CancellationToken.None).GetAwaiter().GetResult();
            return answer.Task.Wait(Patience) && answer.Task.Result is { } entry ? ListingTranslation.FromData(entry) : null;
        }
        catch (IOException)
        {
            return null;
        }
        finally
        {
            waiting.TryRemove(id, out _);
        }
    }
}
