namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>
/// One line of a catalog's table: the code and its symbolic name, with the wutk checks and fixes that apply. The
/// words (meaning, causes) live in the catalog's resources under <see cref="Key"/>, so the table stays one line a code.
/// </summary>
/// <param name="Code">The code as Windows prints it, such as 0x8024402C.</param>
/// <param name="Name">Its symbolic name; empty for the few codes Microsoft documents without one.</param>
/// <param name="Checks">Checks that look for its likely causes.</param>
/// <param name="Fixes">Fixes that address them.</param>
/// <param name="Key">The resource key of its text when it cannot be the name (a code without a name).</param>
internal sealed record CodeRow(
    uint Code,
    string Name,
    IReadOnlyList<string>? Checks = null,
    IReadOnlyList<string>? Fixes = null,
    string? Key = null)
{
    /// <summary>The resource key of the meaning; the causes, when a code has any, are under this key plus "_Causes".</summary>
    public string TextKey => Key ?? Name;
}
