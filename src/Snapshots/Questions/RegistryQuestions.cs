using System.Text.Json;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Snapshots.Questions;

/// <summary>
/// One registry value (<c>registry/HKLM\…\Name</c>). Its sections are version 1's: <c>registry</c> lists values that
/// exist, <c>absentRegistryValues</c> those asked about that do not. A value is also answered from the recorded values
/// of its whole key (<see cref="MachineQuestions.RegistryKey"/>): when the key was read, a value not among them does not exist.
/// </summary>
public sealed class RegistryValueQuestion : Question<RegistryValue?>
{
    internal const string ValuesSection = "registry";
    internal const string AbsentSection = "absentRegistryValues";

    internal RegistryValueQuestion()
        : base("registry")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [ValuesSection, AbsentSection];

    /// <summary>The key of an answer: the registry key and the value's name, as Windows writes them together.</summary>
    public static string KeyOf(string key, string name) => key + "\\" + name;

    internal override bool TryAnswer(AnswerSet answers, string key, out RegistryValue? answer)
    {
        if (base.TryAnswer(answers, key, out answer))
        {
            return true;
        }

        var cut = key.LastIndexOf('\\');
        if (cut > 0 && answers.TryGet(MachineQuestions.RegistryKey.Name, key[..cut], out var values))
        {
            var name = key[(cut + 1)..];
            answer = (values as IReadOnlyList<RegistryValue>)?.FirstOrDefault(value => string.Equals(value.Name, name, StringComparison.OrdinalIgnoreCase));
            return true;
        }

        return false;
    }

    internal override void Read(SectionReader reader, AnswerSet answers)
    {
        foreach (var value in reader.Read<List<RegistryValue>>(ValuesSection) ?? [])
        {
            answers.TryAdd(Name, KeyOf(value.Key, value.Name), value);
        }

        foreach (var absent in reader.Read<List<RegistryLocation>>(AbsentSection) ?? [])
        {
            answers.TryAdd(Name, KeyOf(absent.Key, absent.Name), null);
        }
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
        var recorded = answers.Of(Name);
        var values = recorded.Select(pair => pair.Value).OfType<RegistryValue>().ToList();
        var absent = recorded.Where(pair => pair.Value is null).Select(pair => Location(pair.Key)).ToList();
        if (values.Count > 0)
        {
            writer.WritePropertyName(ValuesSection);
            JsonSerializer.Serialize(writer, values, options);
        }

        if (absent.Count > 0)
        {
            writer.WritePropertyName(AbsentSection);
            JsonSerializer.Serialize(writer, absent, options);
        }
    }

    private static RegistryLocation Location(string key)
    {
        var cut = key.LastIndexOf('\\');
        return new RegistryLocation { Key = cut < 0 ? key : key[..cut], Name = cut < 0 ? "" : key[(cut + 1)..] };
    }
}

/// <summary>A registry value's place in a snapshot's <c>absentRegistryValues</c>: its key and name.</summary>
public sealed record RegistryLocation
{
    /// <summary>Full key path with its hive.</summary>
    public required string Key { get; init; }

    /// <summary>The value's name.</summary>
    public required string Name { get; init; }
}
