namespace WuToolkit.Abstractions.Machine;

/// <summary>Read-only questions about the registry.</summary>
public interface IRegistryQueries
{
    /// <summary>A value, or <see langword="null"/> when the key or the value does not exist.</summary>
    /// <param name="key">Full key path with its hive, such as <c>HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate</c>.</param>
    /// <param name="name">The value's name; empty for the default value.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<RegistryValue?> GetValueAsync(string key, string name, CancellationToken cancellationToken);

    /// <summary>Every value of a key, or <see langword="null"/> when the key does not exist. A machine written without
    /// it answers "not available".</summary>
    /// <param name="key">Full key path with its hive, such as <c>HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag</c>.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<IReadOnlyList<RegistryValue>?> GetValuesAsync(string key, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"registryKeys/{key}");

    /// <summary>The names of a key's subkeys, or <see langword="null"/> when the key does not exist. A machine written
    /// without it answers "not available".</summary>
    /// <param name="key">Full key path with its hive, such as <c>HKLM\SOFTWARE\Microsoft\Enrollments</c>.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<IReadOnlyList<string>?> GetSubKeysAsync(string key, CancellationToken cancellationToken) =>
        throw QuestionUnansweredException.NotAvailable($"registrySubKeys/{key}");
}

/// <summary>A registry value, its data formatted as text (numbers in decimal, multi-strings joined by new lines).</summary>
public sealed record RegistryValue
{
    /// <summary>Full key path.</summary>
    public required string Key { get; init; }

    /// <summary>Value name.</summary>
    public required string Name { get; init; }

    /// <summary>Such as <c>REG_DWORD</c> or <c>REG_SZ</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The data as text.</summary>
    public required string Data { get; init; }
}
