namespace WuToolkit.Logs.Sources;

/// <summary>What the paths given to a logs command came to.</summary>
/// <param name="Files">The files to read in the order given (a folder's logs sorted by path), <see cref="LogLocations.StandardInput"/> for standard input.</param>
/// <param name="Errors">One line for each path that names nothing wutk can read (it does not exist, or may not be read): the command stops on them.</param>
/// <param name="Unlisted">Folders inside a given folder that could not be listed, each with the line that says why: the logs in them went unread.</param>
public sealed record LogPaths(IReadOnlyList<string> Files, IReadOnlyList<string> Errors, IReadOnlyList<(string Folder, string Reason)> Unlisted);
