using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Machines;

/// <summary>
/// Answers from a snapshot of a PC that is somewhere else. A question the snapshot did not record is unanswered (the
/// check is Skipped, naming the question), never guessed; the machine's "now" is when the snapshot was collected.
/// </summary>
public sealed class SnapshotMachine : ForwardingMachine
{
    /// <summary>A machine answering from <paramref name="snapshot"/>.</summary>
    public SnapshotMachine(Snapshot snapshot)
        : base(NothingRecorded.Instance)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
    }

    /// <summary>The snapshot answered from.</summary>
    public Snapshot Snapshot { get; }

    /// <inheritdoc />
    protected override Task<T> AskAsync<T>(Question<T> question, string key, Func<CancellationToken, Task<T>> ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.TryAnswer(Snapshot.Answers, key, out var answer)
            ? Task.FromResult(answer)
            : Task.FromException<T>(new QuestionUnansweredException(question.Describe(key), SnapshotStrings.NotInSnapshot));
    }

    /// <inheritdoc />
    protected override Task<DateTimeOffset> UtcNowAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot.CollectedUtc);

    /// <summary>The inner machine of a snapshot machine, never asked: every question is answered from the file.</summary>
    private sealed class NothingRecorded : IMachine
    {
        public static NothingRecorded Instance { get; } = new();

        public IServiceQueries Services => throw new NotSupportedException();

        public IStorageQueries Storage => throw new NotSupportedException();

        public INetworkQueries Network => throw new NotSupportedException();

        public ISystemQueries System => throw new NotSupportedException();

        public IRegistryQueries Registry => throw new NotSupportedException();

        public IUpdateQueries Updates => throw new NotSupportedException();

        public IClockQueries Clock => throw new NotSupportedException();
    }
}
