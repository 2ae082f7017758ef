using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Steps;

/// <summary>
/// Renames and folder creation on the real file system, as fix steps want them: a rename never overwrites (its target,
/// chosen before it runs, is the new name or that name with a number), undoing it moves the item back only if nothing
/// has taken its place, and undoing a creation removes the folder only while it is empty. Paths may hold environment
/// variables; what is journaled is the expanded full path, so that an undo in another process finds the same place.
/// </summary>
internal static class FileSystemSteps
{
    public static string Expand(string path) => Environment.ExpandEnvironmentVariables(path);

    public static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    public static PreparedStep PrepareRename(FixStep step, string path, string newName)
    {
        var full = Path.GetFullPath(Expand(path));
        return new PreparedStep { Step = step, Existed = Exists(full), MoveTo = FreeName(Sibling(full, newName)) };
    }

    /// <summary><paramref name="path"/>, or the first of <c>path.1</c>, <c>path.2</c> … that nothing occupies.</summary>
    public static string FreeName(string path)
    {
        var candidate = path;
        for (var number = 1; Exists(candidate) || IsLink(candidate); number++)
        {
            candidate = $"{path}.{number}";
        }

        return candidate;
    }

    public static StepOutcome Rename(PreparedStep prepared)
    {
        var (path, newName) = Names(prepared.Step);
        var source = Path.GetFullPath(Expand(path));
        var folder = prepared.Step is RenameFolderStep;
        if (folder ? !Directory.Exists(source) : !File.Exists(source))
        {
            return StepOutcome.Unchanged(StepStrings.FormatPathAbsent(source));
        }

        var target = prepared.MoveTo ?? FreeName(Sibling(source, newName));
        if (Exists(target) || IsLink(target))
        {
            // Taken since the step was prepared: never overwrite.
            return StepOutcome.Failed(StepStrings.FormatTargetTaken(source, target));
        }

        try
        {
            if (folder)
            {
                Directory.Move(source, target);
            }
            else
            {
                File.Move(source, target, overwrite: false);
            }

            return StepOutcome.Done(StepStrings.FormatMoved(source, target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StepOutcome.Failed(StepStrings.FormatRenameFailed(source, ex.Message));
        }
    }

    public static StepOutcome UndoRename(PreparedStep prepared)
    {
        var (path, _) = Names(prepared.Step);
        var source = Path.GetFullPath(Expand(path));
        if (!prepared.Existed || prepared.MoveTo is not { } moved || !Exists(moved))
        {
            return StepOutcome.Unchanged(StepStrings.NothingToUndo);
        }

        if (Exists(source))
        {
            // Windows rebuilt it meanwhile: both stay, nothing is lost.
            return StepOutcome.Failed(StepStrings.FormatCannotMoveBack(moved, source));
        }

        try
        {
            if (Directory.Exists(moved))
            {
                Directory.Move(moved, source);
            }
            else
            {
                File.Move(moved, source, overwrite: false);
            }

            return StepOutcome.Done(StepStrings.FormatMoved(moved, source));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StepOutcome.Failed(StepStrings.FormatRenameFailed(moved, ex.Message));
        }
    }

    public static StepOutcome Create(string path)
    {
        var full = Path.GetFullPath(Expand(path));
        if (Exists(full))
        {
            return StepOutcome.Unchanged(StepStrings.FormatFolderExists(full));
        }

        try
        {
            Directory.CreateDirectory(full);
            return StepOutcome.Done(StepStrings.FormatFolderCreated(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StepOutcome.Failed(StepStrings.FormatCreateFailed(full, ex.Message));
        }
    }

    public static StepOutcome UndoCreate(string path, bool existed)
    {
        var full = Path.GetFullPath(Expand(path));
        if (existed || !Directory.Exists(full))
        {
            return StepOutcome.Unchanged(StepStrings.NothingToUndo);
        }

        if (Directory.EnumerateFileSystemEntries(full).Any())
        {
            return StepOutcome.Unchanged(StepStrings.FormatFolderNotEmpty(full));
        }

        try
        {
            Directory.Delete(full, recursive: false);
            return StepOutcome.Done(StepStrings.FormatFolderRemoved(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StepOutcome.Failed(StepStrings.FormatCreateFailed(full, ex.Message));
        }
    }

    private static (string Path, string NewName) Names(FixStep step) => step switch
    {
        RenameFolderStep rename => (rename.Path, rename.NewName),
        RenameFileStep rename => (rename.Path, rename.NewName),
        _ => throw new ArgumentException(step.GetType().Name, nameof(step)),
    };

    private static string Sibling(string full, string newName) =>
        Path.Combine(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? full, newName);

    /// <summary>A dangling link exists for the name even though nothing is behind it.</summary>
    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
