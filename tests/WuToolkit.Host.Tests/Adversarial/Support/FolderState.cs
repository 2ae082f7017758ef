namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>What a folder holds (every entry below it with its size and time of last write), to show that a run wrote
/// nothing there but its named output.</summary>
internal sealed record FolderState(string Root, IReadOnlyDictionary<string, (long Length, DateTime Written)> Entries)
{
    public static FolderState Capture(string root)
    {
        var entries = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), root, entries);
        return new FolderState(root, entries);
    }

    /// <summary>By hand, not with a recursive enumeration: that follows links to folders, and a link to a parent loops.
    /// A link is listed as itself and never entered.</summary>
    private static void Walk(DirectoryInfo folder, string root, Dictionary<string, (long, DateTime)> entries)
    {
        if (!folder.Exists)
        {
            return;
        }

        foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }))
        {
            var link = entry.LinkTarget is not null;
            var length = entry is FileInfo file && !link ? file.Length : -1;
            entries[Path.GetRelativePath(root, entry.FullName)] = (length, link ? default : entry.LastWriteTimeUtc);
            if (entry is DirectoryInfo sub && !link)
            {
                Walk(sub, root, entries);
            }
        }
    }

    /// <summary>Fails unless <paramref name="after"/> holds what <paramref name="before"/> did; <paramref name="output"/>
    /// (a full path) may have appeared or changed, and nothing else.</summary>
    public static void AssertUnchanged(FolderState before, FolderState after, string? output)
    {
        var allowed = output is null ? null : Path.GetRelativePath(before.Root, output);
        var changed = after.Entries.Keys.Union(before.Entries.Keys)
            .Where(path => path != allowed)
            .Where(path => !before.Entries.TryGetValue(path, out var was) || !after.Entries.TryGetValue(path, out var now) || was != now)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (changed.Count > 0)
        {
            throw new AssertionException($"the run changed what it was not asked to write in {before.Root}: {string.Join(", ", changed.Take(10))}");
        }
    }
}
