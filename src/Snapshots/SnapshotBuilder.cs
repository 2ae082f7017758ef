using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots;

/// <summary>Builds a snapshot in code, question by question, as a test or a tool describes a PC:
/// <code>
/// var pc = new SnapshotBuilder(collectedUtc)
///     .Answer(MachineQuestions.Service, "wuauserv", new ServiceInfo { … })
///     .Answer(MachineQuestions.SystemVolume, volume)
///     .Build();
/// </code>
/// A question not answered stays "not recorded", as in a file.</summary>
public sealed class SnapshotBuilder
{
    private readonly AnswerSet _answers;
    private SnapshotHeader _header;

    /// <summary>Starts an empty snapshot collected at <paramref name="collectedUtc"/>.</summary>
    public SnapshotBuilder(DateTimeOffset collectedUtc)
    {
        _header = new SnapshotHeader { CollectedUtc = collectedUtc };
        _answers = new AnswerSet();
    }

    /// <summary>Starts from a copy of <paramref name="snapshot"/>, to change a few answers.</summary>
    public SnapshotBuilder(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _header = snapshot.Header;
        _answers = snapshot.Answers.Copy();
    }

    /// <summary>Changes the header (the description, who collected it).</summary>
    public SnapshotBuilder Header(Func<SnapshotHeader, SnapshotHeader> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _header = change(_header);
        return this;
    }

    /// <summary>Records the answer to a question without a key.</summary>
    public SnapshotBuilder Answer<T>(Question<T> question, T answer) => Answer(question, "", answer);

    /// <summary>Records the answer to a question for <paramref name="key"/>, replacing an earlier one.</summary>
    public SnapshotBuilder Answer<T>(Question<T> question, string key, T answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(key);
        question.Record(_answers, key, answer);
        return this;
    }

    /// <summary>The snapshot (later changes to the builder do not reach it).</summary>
    public Snapshot Build() => new(_header, _answers.Copy());
}
