using System.Text.Json;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Questions;

/// <summary>A question with a key whose answers do not carry it (the values of a registry key, the events of a
/// channel): its section is an object from key to answer. Where the question can answer "does not exist", a
/// <see langword="null"/> records that answer. The layout of every keyed question added after version 1.</summary>
public sealed class KeyedAnswerQuestion<TAnswer> : Question<TAnswer>
{
    private readonly bool _nullIsAnAnswer;

    internal KeyedAnswerQuestion(string name, bool nullIsAnAnswer)
        : base(name)
    {
        _nullIsAnAnswer = nullIsAnAnswer;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [Name];

    internal override void Read(SectionReader reader, AnswerSet answers)
    {
        foreach (var (key, answer) in reader.Read<Dictionary<string, TAnswer>>(Name) ?? [])
        {
            if (answer is null && !_nullIsAnAnswer)
            {
                throw new SnapshotFormatException(SnapshotStrings.FormatNullItem(reader.Source, $"$.{Name}['{key}']"));
            }

            answers.TryAdd(Name, key, answer);
        }
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
        var recorded = answers.Of(Name);
        if (recorded.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(Name);
        writer.WriteStartObject();
        foreach (var (key, answer) in recorded)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, (TAnswer)answer!, options);
        }

        writer.WriteEndObject();
    }
}
