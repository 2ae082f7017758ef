using System.Globalization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing.Simulation;

/// <summary>
/// What fix steps can change on a <see cref="SimulatedPc"/>, at one moment: the services, folders and files, registry
/// values and keys that exist. Two states are equal when the same things exist with the same facts, so a test takes one
/// before a fix and compares it with the state after a rollback or an undo (<see cref="StateAssert.AreEqual"/>). What
/// does not exist is left out, so "described as absent" and "never described" compare equal: both mean nothing is there.
/// </summary>
public sealed class SimulatedState : IEquatable<SimulatedState>
{
    internal SimulatedState(IReadOnlyList<ServiceInfo> services, IReadOnlyList<PathInfo> paths, IReadOnlyList<RegistryValue> registryValues, IReadOnlyList<string> registryKeys)
    {
        Services = services;
        Paths = paths;
        RegistryValues = registryValues;
        RegistryKeys = registryKeys;
        Lines =
        [
            .. services.Select(service => TestingStrings.FormatStateService(service.Name, service.StartType, service.State)),
            .. paths.Select(Describe),
            .. registryValues.Select(value => TestingStrings.FormatStateRegistryValue(value.Key, value.Name, value.Kind, value.Data)),
            .. registryKeys.Select(TestingStrings.FormatStateRegistryKey),
        ];
    }

    /// <summary>The services that exist, by name.</summary>
    public IReadOnlyList<ServiceInfo> Services { get; }

    /// <summary>The folders and files that exist, by path.</summary>
    public IReadOnlyList<PathInfo> Paths { get; }

    /// <summary>The registry values that exist, by key and name.</summary>
    public IReadOnlyList<RegistryValue> RegistryValues { get; }

    /// <summary>The registry keys known whole that exist.</summary>
    public IReadOnlyList<string> RegistryKeys { get; }

    /// <summary>The state as lines of text, one per thing that exists: what equality compares and messages show.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>How this state differs from <paramref name="expected"/>: lines it lacks start with <c>-</c>, lines it has
    /// in excess with <c>+</c>. Empty when the states are equal.</summary>
    public IReadOnlyList<string> DifferencesFrom(SimulatedState expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return
        [
            .. expected.Lines.Except(Lines, StringComparer.Ordinal).Select(line => "- " + line),
            .. Lines.Except(expected.Lines, StringComparer.Ordinal).Select(line => "+ " + line),
        ];
    }

    /// <inheritdoc />
    public bool Equals(SimulatedState? other) => other is not null && Lines.SequenceEqual(other.Lines, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SimulatedState);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var line in Lines)
        {
            hash.Add(line, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The state's lines.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Lines);

    private static string Describe(PathInfo info)
    {
        var newest = info.NewestWriteUtc?.ToString("O", CultureInfo.InvariantCulture) ?? "-";
        return info.IsDirectory
            ? TestingStrings.FormatStateFolder(info.Path, info.SizeBytes, info.FileCount, newest)
            : TestingStrings.FormatStateFile(info.Path, info.SizeBytes, newest);
    }
}
