using System.Text.Json;

namespace WuToolkit.Snapshots.Questions;

/// <summary>A question with a key whose answers carry the key themselves (<c>paths</c> by path, <c>dns</c> by host):
/// its section is the list of answers, looked up by key. The layout of version 1.</summary>
public sealed class ListedAnswerQuestion<TAnswer> : Question<TAnswer>
    where TAnswer : class
{
    private readonly Func<TAnswer, string> _keyOf;

    internal ListedAnswerQuestion(string name, Func<TAnswer, string> keyOf)
        : base(name)
    {
        _keyOf = keyOf;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [Name];

    internal override void Read(SectionReader reader, AnswerSet answers)
    {
        foreach (var answer in reader.Read<List<TAnswer>>(Name) ?? [])
        {
            answers.TryAdd(Name, _keyOf(answer), answer);
        }
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
        var recorded = answers.Of(Name).Select(pair => pair.Value).OfType<TAnswer>().ToList();
        if (recorded.Count > 0)
        {
            writer.WritePropertyName(Name);
            JsonSerializer.Serialize(writer, recorded, options);
        }
    }
}
