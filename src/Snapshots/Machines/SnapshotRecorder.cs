using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots.Machines;

/// <summary>Collects answers as checks receive them (concurrently) and turns them into a snapshot.</summary>
public sealed class SnapshotRecorder
{
    private readonly AnswerSet _answers = new();
    private int _answerCount;

    /// <summary>How many answers were recorded (a question asked twice counts twice).</summary>
    public int AnswerCount => Volatile.Read(ref _answerCount);

    /// <summary>Files one answer.</summary>
    public void Record<T>(Question<T> question, string key, T answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        question.Record(_answers, key, answer);
        Interlocked.Increment(ref _answerCount);
    }

    /// <summary>The snapshot of everything recorded so far.</summary>
    public Snapshot ToSnapshot(SnapshotHeader header) => new(header, _answers.Copy());
}
