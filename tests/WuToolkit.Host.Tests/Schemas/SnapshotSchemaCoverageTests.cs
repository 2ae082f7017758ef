using System.Text.Json;
using System.Text.Json.Nodes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Json;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Schemas;

/// <summary>The snapshot schema names exactly the sections and members the reader knows, requires exactly what the
/// reader requires, and lists exactly the enum names the reader accepts: a question or a member added without the
/// schema (or the other way round) fails here.</summary>
public class SnapshotSchemaCoverageTests
{
    private static readonly JsonObject Schema =
        JsonNode.Parse(File.ReadAllText(SchemaFiles.PathOf(SchemaFiles.Snapshot)))!.AsObject();

    private static JsonObject Definitions => Schema["$defs"]!.AsObject();

    private static IEnumerable<TestCaseData> Records()
    {
        foreach (var type in ReachableTypes().Where(type => !type.IsEnum))
        {
            yield return new TestCaseData(type, type.Name).SetArgDisplayNames(type.Name);
        }
    }

    private static IEnumerable<TestCaseData> Enums() =>
        ReachableTypes().Where(type => type.IsEnum).Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [Test]
    public void The_schema_has_the_header_and_a_section_for_every_question()
    {
        string[] header = ["$schema", "format", "version", "description", "collectedUtc", "collectedBy"];
        var sections = MachineQuestions.All.SelectMany(question => question.Sections);

        Assert.That(Schema["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(header.Concat(sections)));
        Assert.That(Schema["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EquivalentTo(new[] { "format", "version", "collectedUtc" }));
    }

    [TestCaseSource(nameof(Records))]
    public void The_schema_has_the_members_and_requirements_the_reader_has(Type type, string definition)
    {
        var schema = Definitions[definition]?.AsObject();
        Assert.That(schema, Is.Not.Null, $"no $defs/{definition} in the schema");

        var reader = SnapshotJson.Options.GetTypeInfo(type).Properties;
        var properties = schema!["properties"]!.AsObject().Select(p => p.Key);
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties, Is.EquivalentTo(reader.Select(p => p.Name)), "properties");
            Assert.That(required, Is.EquivalentTo(reader.Where(p => p.IsRequired).Select(p => p.Name)), "required");
            Assert.That(schema["additionalProperties"]?.GetValue<bool>(), Is.False, "additionalProperties");
        }
    }

    [TestCaseSource(nameof(Enums))]
    public void The_schema_lists_the_enum_names_the_reader_accepts(Type type)
    {
        var names = Definitions[type.Name]?["enum"]?.AsArray().Select(value => value!.GetValue<string>());
        Assert.That(names, Is.EqualTo(Enum.GetNames(type)));
    }

    /// <summary>The record and enum types a snapshot holds, found by walking the reader's own view of it from the answers
    /// of every question (and the absent registry values, which version 1 lists by their place).</summary>
    private static List<Type> ReachableTypes()
    {
        var found = new List<Type>();
        var roots = MachineQuestions.All.Select(question => Unwrap(question.AnswerType)).Append(typeof(RegistryLocation)).Distinct().ToList();
        found.AddRange(roots.Where(IsSnapshotType));
        var pending = new Queue<Type>(found);
        while (pending.TryDequeue(out var type))
        {
            foreach (var property in SnapshotJson.Options.GetTypeInfo(type).Properties)
            {
                var member = Unwrap(property.PropertyType);
                if (!IsSnapshotType(member) || found.Contains(member))
                {
                    continue;
                }

                found.Add(member);
                if (!member.IsEnum)
                {
                    pending.Enqueue(member);
                }
            }
        }

        return found;
    }

    private static Type Unwrap(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
    }

    private static bool IsSnapshotType(Type type) =>
        type.Namespace == typeof(ServiceInfo).Namespace || type.Namespace == typeof(Snapshot).Namespace;
}
