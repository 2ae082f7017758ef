using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots;

/// <summary>
/// A recorded PC: when it was collected, by what, and the answers it gave, each filed under the question it answers
/// (see <see cref="Questions.MachineQuestions"/>). Immutable; built by <see cref="SnapshotReader"/> from a file, by
/// <see cref="Machines.SnapshotRecorder"/> from a live run, or by <see cref="SnapshotBuilder"/> in code.
/// </summary>
public sealed class Snapshot
{
    internal Snapshot(SnapshotHeader header, AnswerSet answers)
    {
        Header = header;
        Answers = answers;
    }

    /// <summary>The format name every snapshot carries.</summary>
    public const string FormatName = "wutk-snapshot";

    /// <summary>The format version this library reads and writes. Questions added later are new sections of version 1:
    /// a version changes only for a change a reader of the previous one would misread.</summary>
    public const int CurrentVersion = 1;

    /// <summary>When, by what and about what the snapshot was taken.</summary>
    public SnapshotHeader Header { get; }

    /// <summary>When the snapshot was collected: the recorded PC's "now".</summary>
    public DateTimeOffset CollectedUtc => Header.CollectedUtc;

    internal AnswerSet Answers { get; }

    /// <summary>How many answers the snapshot holds.</summary>
    public int AnswerCount => Answers.Count;

    /// <summary>
    /// Every answer the snapshot recorded for <paramref name="question"/>, by key (empty for a question without one),
    /// ordered by key; a <see langword="null"/> answer records "does not exist". Only what was recorded for the question
    /// itself: a registry value is not listed here because its key's values were (<see cref="MachineQuestions.RegistryKey"/>),
    /// nor a service because the complete list holds it (<see cref="MachineQuestions.ServiceList"/>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, T>> AnswersTo<T>(Question<T> question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Recorded(Answers);
    }
}

/// <summary>The snapshot's own facts.</summary>
public sealed record SnapshotHeader
{
    /// <summary>When it was collected; also the machine's "now", so ages are judged as they stood then.</summary>
    public required DateTimeOffset CollectedUtc { get; init; }

    /// <summary>What collected it, such as <c>wutk 1.1.0</c>.</summary>
    public string? CollectedBy { get; init; }

    /// <summary>What this PC is, in a sentence.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>$schema</c> address written for editors.</summary>
    public string? Schema { get; init; }
}
