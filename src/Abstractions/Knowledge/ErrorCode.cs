namespace WuToolkit.Abstractions.Knowledge;

/// <summary>
/// What one error code means: its symbolic name, a plain-words meaning, likely causes and the wutk checks and
/// fixes that apply. Text is for people and comes from the catalog's resources.
/// </summary>
public sealed record ErrorCode
{
    /// <summary>The code as an unsigned 32-bit value, such as 0x8024402C.</summary>
    public required uint Code { get; init; }

    /// <summary>Its symbolic name, such as <c>WU_E_PT_WINHTTP_NAME_NOT_RESOLVED</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What it means, in plain words.</summary>
    public required string Meaning { get; init; }

    /// <summary>Likely causes, most likely first.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>Checks that look for those causes.</summary>
    public IReadOnlyList<string> CheckIds { get; init; } = [];

    /// <summary>Fixes that address them.</summary>
    public IReadOnlyList<string> FixIds { get; init; } = [];

    /// <summary>The code as Windows prints it: <c>0x8024402C</c>.</summary>
    public string Hex => $"0x{Code:X8}";
}
