namespace WuToolkit.Abstractions.Machine;

/// <summary>Read-only questions about the registry.</summary>
public interface IRegistryQueries
{
    /// <summary>A value, or <see langword="null"/> when the key or the value does not exist.</summary>
    /// <param name="key">Full key path with its hive, such as <c>HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate</c>.</param>
    /// <param name="name">The value's name; empty for the default value.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<RegistryValue?> GetValueAsync(string key, string name, CancellationToken cancellationToken);
}

/// <summary>A registry value, its data formatted as text (numbers in decimal, multi-strings joined by new lines).</summary>
/// <param name="Key">Full key path.</param>
/// <param name="Name">Value name.</param>
/// <param name="Kind">Such as <c>REG_DWORD</c> or <c>REG_SZ</c>.</param>
/// <param name="Data">The data as text.</param>
public sealed record RegistryValue(string Key, string Name, string Kind, string Data);
