namespace WuToolkit.Logs.Reading.Lines;

/// <summary>What the first line of an entry says besides its message: when, how bad, which component.</summary>
/// <param name="Time">The line's timestamp, if it has one.</param>
/// <param name="Level">Such as <c>Info</c>; empty when the format has none.</param>
/// <param name="Component">Such as <c>CBS</c>; empty when the column is blank.</param>
/// <param name="MessageStart">Where the message starts in the line.</param>
internal readonly record struct EntryHead(DateTimeOffset? Time, string Level, string Component, int MessageStart);
