using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Logs.Analysis;

/// <summary>One file as the analysis saw it: its kind, how many entries it had, and why it could not be read if it could not.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Kind">The kind of log it was read as.</param>
/// <param name="Entries">How many entries were read.</param>
/// <param name="Error">Why the file could not be (fully) read, or null.</param>
/// <param name="OmittedFindings">Findings only counted because the file had too many distinct ones to keep.</param>
/// <param name="KindFromContent">True when the kind was told from the text (standard input, a paste, a renamed copy).</param>
/// <param name="Unwrapped">True when pasted wrapping (quote marks, Markdown fences, indentation) was taken off first.</param>
public sealed record AnalyzedFile(string Path, LogKind Kind, long Entries, string? Error = null, long OmittedFindings = 0, bool KindFromContent = false, bool Unwrapped = false);
