using WuToolkit.Snapshots.Questions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Snapshots.Machines;

/// <summary>
/// Wraps a live machine and records every question and answer (<c>wutk collect</c>), so that the PC can be diagnosed
/// again elsewhere from the snapshot. Unanswered questions are not recorded: replayed, they stay unanswered.
/// </summary>
public sealed class RecordingMachine(IMachine inner, SnapshotRecorder recorder) : ForwardingMachine(inner)
{
    /// <inheritdoc />
    protected override async Task<T> AskAsync<T>(Question<T> question, string key, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var answer = await ask(cancellationToken).ConfigureAwait(false);
        recorder.Record(question, key, answer);
        return answer;
    }
}
