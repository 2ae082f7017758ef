using System.Reflection;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>A rule factory from a delegate, or from a rule class and its <see cref="ExportLogRuleAttribute"/>.</summary>
public sealed class LogRuleFactory : ILogRuleFactory
{
    private readonly Func<ILogRule> _create;

    /// <summary>A rule <paramref name="id"/> reading <paramref name="kinds"/>, made by <paramref name="create"/>.</summary>
    public LogRuleFactory(string id, IReadOnlyList<LogKind> kinds, Func<ILogRule> create)
        : this(id, kinds, create, [])
    {
    }

    /// <summary>A rule <paramref name="id"/> reading <paramref name="kinds"/>, made by <paramref name="create"/>, that needs
    /// only the entries holding one of <paramref name="markers"/> (none: every entry).</summary>
    public LogRuleFactory(string id, IReadOnlyList<LogKind> kinds, Func<ILogRule> create, IReadOnlyList<string> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(create);
        Id = id;
        Kinds = kinds;
        _create = create;
        Markers = markers;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public IReadOnlyList<LogKind> Kinds { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Markers { get; }

    /// <summary>The rule <typeparamref name="TRule"/>, with the id and kinds of its <see cref="ExportLogRuleAttribute"/>.</summary>
    /// <exception cref="InvalidOperationException">The class has no <see cref="ExportLogRuleAttribute"/>.</exception>
    public static LogRuleFactory For<TRule>()
        where TRule : ILogRule, new()
    {
        var export = typeof(TRule).GetCustomAttribute<ExportLogRuleAttribute>()
            ?? throw new InvalidOperationException($"{typeof(TRule).FullName} has no [ExportLogRule] attribute: give its id and kinds to the constructor instead.");
        return new LogRuleFactory(export.Id, export.Kinds, () => new TRule(), export.Markers ?? []);
    }

    /// <summary>
    /// Every rule class of <paramref name="assembly"/> that carries <see cref="ExportLogRuleAttribute"/> and has a public
    /// constructor without parameters, ordered by id: a plugin's rules without the host's plugin loader (for a
    /// benchmark, or a rule author's own tests of a whole plugin).
    /// </summary>
    public static IReadOnlyList<LogRuleFactory> FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ILogRule).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (Type: type, Export: type.GetCustomAttribute<ExportLogRuleAttribute>()))
            .Where(rule => rule.Export is not null)
            .Select(rule => new LogRuleFactory(rule.Export!.Id, rule.Export.Kinds, () => (ILogRule)Activator.CreateInstance(rule.Type)!, rule.Export.Markers ?? []))
            .OrderBy(factory => factory.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public ILogRule Create() => _create();
}
