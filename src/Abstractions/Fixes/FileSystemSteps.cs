namespace WuToolkit.Abstractions.Fixes;

/// <summary>Renames a folder; never overwrites: an existing target gets a unique suffix (undo: rename back).</summary>
public sealed record RenameFolderStep : FixStep
{
    /// <summary>The folder, which may use environment variables such as <c>%SystemRoot%</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The new leaf name, such as <c>SoftwareDistribution.bak</c>.</summary>
    public required string NewName { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Creates a folder that does not exist yet (undo: remove it again if it is still empty).</summary>
public sealed record CreateFolderStep : FixStep
{
    /// <summary>The folder, which may use environment variables such as <c>%SystemRoot%</c>.</summary>
    public required string Path { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}

/// <summary>Renames a file, such as the BITS queue's <c>qmgr0.dat</c>; never overwrites: an existing target gets a unique
/// suffix (undo: rename back). A file that is not there leaves the step with nothing to do.</summary>
public sealed record RenameFileStep : FixStep
{
    /// <summary>The file, which may use environment variables such as <c>%ALLUSERSPROFILE%</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The new leaf name, such as <c>qmgr0.dat.bak</c>.</summary>
    public required string NewName { get; init; }

    internal override void BelongsToTheSdk()
    {
    }
}
