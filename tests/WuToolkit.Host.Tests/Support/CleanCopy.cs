namespace WuToolkit.Host.Tests.Support;

/// <summary>
/// The repository as a fresh clone has it: the files git tracks (as they are in the working tree, so uncommitted edits
/// are tested) and nothing else, so no build output, package or untracked file of the developer's checkout helps a
/// build that a CI clone could not do.
/// </summary>
internal static class CleanCopy
{
    /// <summary>Copies the tracked files, or only those under <paramref name="under"/> (paths or folder prefixes, with '/').</summary>
    public static async Task<string> MakeAsync(string repository, string destination, IReadOnlyList<string>? under = null)
    {
        var tracked = await ProcessRunner.RunAsync("git", ["ls-files", "-z", "--cached"], repository);
        if (tracked.ExitCode != 0)
        {
            throw new InvalidOperationException($"git cannot list the tracked files of {repository}: {tracked}");
        }

        foreach (var relative in tracked.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (under is not null && !under.Any(prefix => relative.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var source = Path.Combine(repository, relative);
            // Deleted in the working tree but not yet in the index: the next commit will not have it either.
            if (!File.Exists(source))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return destination;
    }
}
