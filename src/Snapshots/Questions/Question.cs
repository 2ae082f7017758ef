using System.Text.Json;

namespace WuToolkit.Snapshots.Questions;

/// <summary>
/// A question the machine interface asks, as a snapshot records it: its name (the snapshot section that holds its
/// answers, and the start of what a Skipped row names, such as <c>services/wuauserv</c>), its answer type, and how its
/// answers are laid out in the file. Recording and replay follow from this declaration: a question added to the SDK
/// needs one entry in <see cref="MachineQuestions"/> and one forwarding line in <see cref="Machines.ForwardingMachine"/>.
/// </summary>
public abstract class Question
{
    private protected Question(string name)
    {
        Name = name;
    }

    /// <summary>Such as <c>services</c> or <c>systemVolume</c>.</summary>
    public string Name { get; }

    /// <summary>The type of one answer.</summary>
    public abstract Type AnswerType { get; }

    /// <summary>The top-level members of a snapshot file this question reads and writes (its sections).</summary>
    public abstract IReadOnlyList<string> Sections { get; }

    /// <summary>The question as a Skipped row names it: <c>services/wuauserv</c>, or <c>os</c> for one without a key.</summary>
    public string Describe(string key) => key.Length == 0 ? Name : $"{Name}/{key}";

    /// <summary>Reads this question's sections of a snapshot file into <paramref name="answers"/>.</summary>
    internal abstract void Read(SectionReader reader, AnswerSet answers);

    /// <summary>Writes this question's recorded answers as its sections; writes nothing when none were recorded.</summary>
    internal abstract void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options);
}

/// <summary>A question whose answers are of type <typeparamref name="TAnswer"/>.</summary>
public abstract class Question<TAnswer> : Question
{
    private protected Question(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override Type AnswerType => typeof(TAnswer);

    /// <summary>The recorded answer for <paramref name="key"/>, if the snapshot has one.</summary>
    internal virtual bool TryAnswer(AnswerSet answers, string key, out TAnswer answer)
    {
        if (answers.TryGet(Name, key, out var stored))
        {
            answer = (TAnswer)stored!;
            return true;
        }

        answer = default!;
        return false;
    }

    /// <summary>Files an answer the live machine gave.</summary>
    internal virtual void Record(AnswerSet answers, string key, TAnswer answer) => answers.Set(Name, key, answer);

    /// <summary>Every answer filed for this question, by key, ordered by key.</summary>
    internal virtual IReadOnlyList<KeyValuePair<string, TAnswer>> Recorded(AnswerSet answers) =>
        [.. answers.Of(Name).Select(pair => KeyValuePair.Create(pair.Key, (TAnswer)pair.Value!))];
}
