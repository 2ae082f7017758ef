using System.Text.Json;

namespace WuToolkit.Snapshots.Questions;

/// <summary>A question without a key (<c>os</c>, <c>systemVolume</c>): its section is the answer itself.</summary>
public sealed class SingleAnswerQuestion<TAnswer> : Question<TAnswer>
    where TAnswer : class
{
    internal SingleAnswerQuestion(string name)
        : base(name)
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [Name];

    internal override void Read(SectionReader reader, AnswerSet answers)
    {
        if (reader.Read<TAnswer>(Name) is { } answer)
        {
            answers.TryAdd(Name, "", answer);
        }
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
        if (answers.TryGet(Name, "", out var answer) && answer is TAnswer value)
        {
            writer.WritePropertyName(Name);
            JsonSerializer.Serialize(writer, value, options);
        }
    }
}
