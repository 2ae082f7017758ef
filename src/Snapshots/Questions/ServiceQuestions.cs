using System.Text.Json;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Snapshots.Questions;

/// <summary>
/// One service by name (<c>services/wuauserv</c>). Its sections are version 1's: <c>services</c> lists the services seen,
/// <c>servicesComplete</c> says that list is every installed service (so any other does not exist), and
/// <c>absentServices</c> names services asked about that do not exist. A service is answered from the list, else as
/// absent when the list is complete or names it absent, else not recorded.
/// </summary>
public sealed class ServiceQuestion : Question<ServiceInfo?>
{
    internal const string ListSection = "services";
    internal const string CompleteSection = "servicesComplete";
    internal const string AbsentSection = "absentServices";

    /// <summary>Where <see cref="ServiceListQuestion"/> files the complete list: the empty key, which no service has.</summary>
    internal const string AllKey = "";

    internal ServiceQuestion()
        : base("services")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [ListSection, CompleteSection, AbsentSection];

    internal override bool TryAnswer(AnswerSet answers, string key, out ServiceInfo? answer)
    {
        if (key.Length > 0 && answers.TryGet(Name, key, out var stored))
        {
            answer = (ServiceInfo?)stored;
            return true;
        }

        if (answers.TryGet(Name, AllKey, out var all) && all is IReadOnlyList<ServiceInfo> services)
        {
            answer = services.FirstOrDefault(service => string.Equals(service.Name, key, StringComparison.OrdinalIgnoreCase));
            return true;
        }

        answer = null;
        return false;
    }

    internal override void Record(AnswerSet answers, string key, ServiceInfo? answer) => answers.Set(Name, answer?.Name ?? key, answer);

    // The complete list is filed under the empty key; it is ServiceListQuestion's answer, not one service.
    internal override IReadOnlyList<KeyValuePair<string, ServiceInfo?>> Recorded(AnswerSet answers) =>
        [.. answers.Of(Name).Where(pair => pair.Key.Length > 0).Select(pair => KeyValuePair.Create(pair.Key, (ServiceInfo?)pair.Value))];

    internal override void Read(SectionReader reader, AnswerSet answers)
    {
        var services = reader.Read<List<ServiceInfo>>(ListSection) ?? [];
        foreach (var service in services)
        {
            answers.TryAdd(Name, service.Name, service);
        }

        if (reader.Read<bool?>(CompleteSection, nullAllowed: false) == true)
        {
            answers.TryAdd(Name, AllKey, services);
        }

        foreach (var absent in reader.Read<List<string>>(AbsentSection) ?? [])
        {
            answers.TryAdd(Name, absent, null);
        }
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
        var recorded = answers.Of(Name);
        var complete = recorded.FirstOrDefault(pair => pair.Key.Length == 0).Value as IReadOnlyList<ServiceInfo>;
        var services = new Dictionary<string, ServiceInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in (complete ?? []).Concat(recorded.Select(pair => pair.Value).OfType<ServiceInfo>()))
        {
            services[service.Name] = service;
        }

        var absent = recorded.Where(pair => pair.Key.Length > 0 && pair.Value is null && !services.ContainsKey(pair.Key)).Select(pair => pair.Key).ToList();
        if (services.Count > 0)
        {
            writer.WritePropertyName(ListSection);
            JsonSerializer.Serialize(writer, services.Values.OrderBy(service => service.Name, StringComparer.OrdinalIgnoreCase).ToList(), options);
        }

        if (recorded.Count > 0)
        {
            writer.WriteBoolean(CompleteSection, complete is not null);
        }

        if (absent.Count > 0)
        {
            writer.WritePropertyName(AbsentSection);
            JsonSerializer.Serialize(writer, absent, options);
        }
    }
}

/// <summary>Every installed service (<c>services</c>): recorded in <see cref="ServiceQuestion"/>'s sections, complete
/// only when <c>servicesComplete</c> is true.</summary>
public sealed class ServiceListQuestion : Question<IReadOnlyList<ServiceInfo>>
{
    internal ServiceListQuestion()
        : base("services")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Sections => [];

    internal override bool TryAnswer(AnswerSet answers, string key, out IReadOnlyList<ServiceInfo> answer)
    {
        answer = answers.TryGet(Name, ServiceQuestion.AllKey, out var all) && all is IReadOnlyList<ServiceInfo> services ? services : [];
        return all is not null;
    }

    internal override void Record(AnswerSet answers, string key, IReadOnlyList<ServiceInfo> answer) =>
        answers.Set(Name, ServiceQuestion.AllKey, answer);

    internal override IReadOnlyList<KeyValuePair<string, IReadOnlyList<ServiceInfo>>> Recorded(AnswerSet answers) =>
        answers.TryGet(Name, ServiceQuestion.AllKey, out var all) && all is IReadOnlyList<ServiceInfo> services
            ? [KeyValuePair.Create(ServiceQuestion.AllKey, services)]
            : [];

    // The sections belong to ServiceQuestion, which reads and writes the complete list with the rest.
    internal override void Read(SectionReader reader, AnswerSet answers)
    {
    }

    internal override void Write(Utf8JsonWriter writer, AnswerSet answers, JsonSerializerOptions options)
    {
    }
}
