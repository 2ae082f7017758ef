namespace WuToolkit.Abstractions.Knowledge;

/// <summary>
/// What one error code means: its symbolic name, a plain-words meaning, likely causes and the wutk checks and
/// fixes that apply. Text is for people and comes from the catalog's resources.
/// </summary>
/// <param name="Code">The code as an unsigned 32-bit value, such as 0x8024402C.</param>
/// <param name="Name">Its symbolic name, such as <c>WU_E_PT_WINHTTP_NAME_NOT_RESOLVED</c>.</param>
/// <param name="Meaning">What it means, in plain words.</param>
/// <param name="Causes">Likely causes, most likely first.</param>
/// <param name="CheckIds">Checks that look for those causes.</param>
/// <param name="FixIds">Fixes that address them.</param>
public sealed record ErrorCode(
    uint Code,
    string Name,
    string Meaning,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> CheckIds,
    IReadOnlyList<string> FixIds)
{
    /// <summary>The code as Windows prints it: <c>0x8024402C</c>.</summary>
    public string Hex => $"0x{Code:X8}";
}
