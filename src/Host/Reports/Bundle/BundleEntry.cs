namespace WuToolkit.Host.Reports.Bundle;

/// <summary>One file in a bundle, as its manifest lists it.</summary>
/// <param name="Name">The entry's name in the zip (<c>snapshot.json</c>, <c>results.json</c>, <c>logs/01-CBS.log</c>).</param>
/// <param name="Kind"><c>snapshot</c>, <c>results</c> or <c>log</c>.</param>
/// <param name="Size">The entry's length in bytes, as stored uncompressed.</param>
/// <param name="Sha256">The SHA-256 of those bytes, lower-case hex.</param>
/// <param name="Truncated">Whether only the end of the source was taken (the size caps).</param>
/// <param name="Redacted">Whether identifying values were replaced (the entry is then UTF-8 whatever its source was).</param>
/// <param name="Source">Where a log came from (redacted too under <c>--redact</c>); null for the snapshot and results.</param>
/// <param name="SourceSize">The source's length in bytes when it was read; null for the snapshot and results.</param>
public sealed record BundleEntry(string Name, string Kind, long Size, string Sha256, bool Truncated, bool Redacted, string? Source, long? SourceSize);

/// <summary>A log named for the bundle that is not in it, and why.</summary>
public sealed record BundleOmission(string Source, string Reason);
