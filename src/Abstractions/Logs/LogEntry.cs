namespace WuToolkit.Abstractions.Logs;

/// <summary>
/// One logical entry of a log: its first line with any continuation lines (lines without a timestamp) folded
/// in. Fields a format does not have are empty; the text keeps the line's own words.
/// </summary>
/// <param name="Kind">Which log.</param>
/// <param name="File">The file's path, as given.</param>
/// <param name="Line">1-based line number of the entry's first line.</param>
/// <param name="Time">When, as the log says (in the log's own clock; offset unknown is written as UTC), if it says.</param>
/// <param name="Level">Such as <c>Info</c>, <c>Warning</c>, <c>Error</c>; empty when the format has none.</param>
/// <param name="Component">Such as <c>CSI</c>, <c>CBS</c>, <c>DISM</c>, <c>Agent</c>, <c>MOUPG</c>; empty when blank.</param>
/// <param name="Text">The message.</param>
public sealed record LogEntry(LogKind Kind, string File, long Line, DateTimeOffset? Time, string Level, string Component, string Text);
