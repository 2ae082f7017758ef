using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A SetupPlatform operation that failed: "Operation failed: Apply WIM file PathForNewOSFile, index 6 to
/// D:\$WINDOWS.~BT\NewOS. Error: 0x80070570", "Operation failed: Set boot command … Error: 0x80040154". The
/// operation is the subject (SetupDiag's "last operation"). Applying the image with 0x80070570
/// (ERROR_FILE_CORRUPT) means the installation files are damaged; the file named in the preceding
/// "SPWIMCallback: Error in apply of …" is given, and the fix is new media, not a repair of this PC.
/// </summary>
[ExportLogRule(Id, "Setup operations that failed, such as applying the Windows image", LogKind.SetupAct, LogKind.SetupErr)]
public sealed class SetupOperationFailedRule : ILogRule
{
    public const string Id = "setup.operation-failed";

    private const uint FileCorrupt = 0x80070570;
    private const string OperationFailed = "Operation failed: ";
    private const string ApplyError = "SPWIMCallback: Error in apply of ";

    private readonly HashSet<(string, uint)> _reported = [];
    private string? _lastFile;
    private uint _lastFileCode;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (!entry.Level.Equals("Error", StringComparison.Ordinal) || !entry.Component.Equals("SP", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var apply = text.IndexOf(ApplyError, StringComparison.Ordinal);
        if (apply >= 0)
        {
            var path = text[(apply + ApplyError.Length)..];
            var gle = path.IndexOf(". GLE [", StringComparison.Ordinal);
            _lastFile = Words.FileName(gle < 0 ? path : path[..gle]);

            // "GLE [1392]": the file's own Win32 error, in decimal (1392 is ERROR_FILE_CORRUPT).
            _lastFileCode = gle >= 0 && HResult.TryParseWin32Decimal(path[(gle + ". GLE [".Length)..], out var fileCode) ? fileCode : 0;
            return;
        }

        if (Words.Between(text, OperationFailed, ". Error:") is not { } operation ||
            !HResult.TryFindAfter(text, ". Error:", out var code) || !HResult.IsFailure(code) ||
            !_reported.Add((operation, code)))
        {
            return;
        }

        var hex = HResult.Format(code);
        var corrupt = code == FileCorrupt || _lastFileCode == FileCorrupt;
        var summary = corrupt && operation.StartsWith("Apply WIM", StringComparison.Ordinal)
            ? (_lastFile is null ? Strings.FormatSetupMediaCorrupt(hex) : Strings.FormatSetupMediaCorruptFile(hex, _lastFile))
            : Strings.FormatSetupOperationFailed(operation, hex);
        findings.Add(Findings.Of(FindingSeverity.Failure, Id, summary, entry, code, operation));
    }

    public void Complete(IFindingSink findings)
    {
    }
}
