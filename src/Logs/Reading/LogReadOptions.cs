using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading.Encodings;

namespace WuToolkit.Logs.Reading;

/// <summary>How to read a log; the defaults suit every log wutk knows.</summary>
public sealed record LogReadOptions
{
    /// <summary>The defaults: kind and encoding detected, 64 KiB lines, 256 KiB entries.</summary>
    public static LogReadOptions Default { get; } = new();

    /// <summary>Read the file as this kind instead of detecting it from its name and first lines.</summary>
    public LogKind? Kind { get; init; }

    /// <summary>
    /// Decode with this encoding instead of detecting it (a byte order mark is still skipped); for a console
    /// capture in an OEM code page, <c>LogReadOptions.CodePage(850)</c>.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Longer lines are cut here and marked as cut, so that a file without line ends (a crash dump renamed .log,
    /// a run of NUL bytes) is read in constant memory instead of buffered whole.
    /// </summary>
    public int MaxLineChars { get; init; } = 64 * 1024;

    /// <summary>
    /// An entry's text (its first line with its continuation lines) stops growing here, for the same reason:
    /// one timestamp followed by a gigabyte of untimestamped lines must not become a gigabyte string.
    /// </summary>
    public int MaxEntryChars { get; init; } = 256 * 1024;

    /// <summary>A Windows code page (850, 437, 866, 932, 936, 1252 …) that decodes invalid bytes as U+FFFD instead of throwing.</summary>
    public static Encoding CodePage(int codePage) => LegacyEncodingGuesser.CodePage(codePage);
}
