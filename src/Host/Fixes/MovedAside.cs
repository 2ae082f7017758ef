using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Journal;
using WuToolkit.Fixing.Planning;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// What a journal's renames moved aside and a cleanup may delete: only a path that the journal's own rename made, beside
/// the original and named as the step named it (<c>SoftwareDistribution.bak</c>, or with the suffix that kept it unique).
/// A journal edited to name anything else names nothing to delete.
/// </summary>
public static class MovedAside
{
    /// <summary>The path a step moved aside, if a cleanup may delete it.</summary>
    public static string? Deletable(JournalStep step, Func<string, string> expand)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(expand);
        var (path, newName) = step.Step switch
        {
            RenameFolderStep rename => (rename.Path, rename.NewName),
            RenameFileStep rename => (rename.Path, rename.NewName),
            _ => (null, null),
        };
        if (path is null || newName is null || step.Prepared?.MoveTo is not { } moveTo || !StepValidation.IsLeafName(newName))
        {
            return null;
        }

        var original = Full(expand(path));
        var moved = Full(moveTo);
        if (original is null || moved is null
            || !string.Equals(Path.GetDirectoryName(original), Path.GetDirectoryName(moved), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var leaf = Path.GetFileName(moved);
        var suffix = leaf.Length > newName.Length && leaf.StartsWith(newName + ".", StringComparison.OrdinalIgnoreCase) ? leaf[(newName.Length + 1)..] : null;
        return string.Equals(leaf, newName, StringComparison.OrdinalIgnoreCase) || (suffix is { Length: > 0 } && suffix.All(char.IsAsciiDigit))
            ? moved
            : null;
    }

    private static string? Full(string path)
    {
        try
        {
            return Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
