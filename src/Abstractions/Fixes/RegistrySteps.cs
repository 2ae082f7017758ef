namespace WuToolkit.Abstractions.Fixes;

/// <summary>Sets a registry value (undo: restore the previous data, or delete a value that did not exist).</summary>
public sealed record SetRegistryValueStep : FixStep
{
    /// <summary>Full key path with hive, such as <c>HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Value name; empty for the key's default value.</summary>
    public required string Name { get; init; }

    /// <summary>Such as <c>REG_DWORD</c> or <c>REG_SZ</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Data as text (numbers in decimal, multi-strings joined by new lines).</summary>
    public required string Data { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}
