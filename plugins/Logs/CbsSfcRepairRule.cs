using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// sfc's verdict on each file, from its <c>[SR]</c> lines in CBS.log. A file can go back and forth within one run
/// ("Cannot repair member file" in the store, then "Repaired file … by copying from backup", then "Cannot
/// repair" again when the backup was bad too), and a later run may fix what an earlier one could not, so the
/// rule keeps the latest state of every file and reports once, at the end of the log: a file whose last word is a
/// repair is Repaired, one whose last word is a failure is a Failure, except a picture (a wallpaper, an icon):
/// sfc cannot restore it either, but it stops nothing, so it is a Warning.
/// </summary>
[ExportLogRule(Id, "sfc: files it could not repair, and files it repaired", LogKind.Cbs, Markers = new[] { "[SR] " })]
public sealed class CbsSfcRepairRule : ILogRule
{
    public const string Id = "cbs.sfc-repair";

    /// <summary>Enough for any real run (sfc reports dozens of files, rarely hundreds); keeps memory bounded on hostile input.</summary>
    private const int MaxFiles = 4096;

    /// <summary>sfc passes marked on the timeline; a log with more is a concatenation or hostile, and more marks say nothing new.</summary>
    private const int MaxPasses = 64;

    /// <summary>Pictures Windows ships (wallpapers, theme images, icons): cosmetic, whatever sfc says of them.</summary>
    private static readonly string[] Pictures = [".jpg", ".jpeg", ".png", ".bmp", ".gif", ".svg", ".ico"];

    private readonly Dictionary<string, FileVerdict> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];
    private int _passes;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);

        // Every [SR] line is written by CSI; testing the component first keeps CBS lines (most of the log) cheap.
        if (!entry.Component.Equals("CSI", StringComparison.Ordinal))
        {
            return;
        }

        var text = entry.Text.AsSpan();
        var at = text.IndexOf("[SR] ", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var message = Words.FirstLine(text[(at + "[SR] ".Length)..]);
        if (message.StartsWith("Cannot repair member file", StringComparison.Ordinal) ||
            message.StartsWith("Unable to repair", StringComparison.Ordinal))
        {
            Record(Words.CsiName(message, "") ?? "", entry, failed: true);
        }
        else if (message.StartsWith("Could not reproject corrupted file ", StringComparison.Ordinal))
        {
            var path = message["Could not reproject corrupted file ".Length..];
            var end = path.IndexOf(';');
            Record(Words.FileName(end < 0 ? path : path[..end]), entry, failed: true);
        }
        else if (message.StartsWith("Repaired file ", StringComparison.Ordinal))
        {
            // "Repaired file \SystemRoot\WinSxS\…\\[l:10]'dnsapi.dll' by copying from backup": the store's copy is good again.
            if (Words.CsiName(message, "") is { } name)
            {
                Record(name, entry, failed: false);
            }
        }
        else if (message.StartsWith("Repairing file ", StringComparison.Ordinal) &&
                 message.EndsWith(" from store", StringComparison.Ordinal))
        {
            // "Repairing file \??\C:\Windows\System32\\dnsapi.dll from store": the file in use is replaced by the store's copy.
            Record(Words.FileName(message["Repairing file ".Length..^" from store".Length]), entry, failed: false);
        }
        else if (message.StartsWith("Repair complete", StringComparison.Ordinal) && _passes++ < MaxPasses)
        {
            findings.Add(Findings.Of(FindingSeverity.Info, Id, Strings.SfcPassComplete, entry));
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var name in _order)
        {
            var verdict = _files[name];
            findings.Add(
                !verdict.Failed ? Findings.Of(FindingSeverity.Repaired, Id, Strings.FormatSfcRepaired(name), verdict.Entry, subject: name)
                : IsPicture(name) ? Findings.Of(FindingSeverity.Warning, Id, Strings.FormatSfcCannotRepairPicture(name), verdict.Entry, subject: name)
                : Findings.Of(FindingSeverity.Failure, Id, Strings.FormatSfcCannotRepair(name), verdict.Entry, subject: name));
        }
    }

    private static bool IsPicture(string name) =>
        Array.Exists(Pictures, extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private void Record(string name, LogEntry entry, bool failed)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (!_files.TryGetValue(name, out var verdict))
        {
            if (_files.Count < MaxFiles)
            {
                _files.Add(name, new FileVerdict(failed, entry));
                _order.Add(name);
            }

            return;
        }

        // The entry that made the verdict what it is: the first failure after a repair, or the first repair after a failure.
        if (verdict.Failed != failed)
        {
            _files[name] = new FileVerdict(failed, entry);
        }
    }

    private readonly record struct FileVerdict(bool Failed, LogEntry Entry);
}
