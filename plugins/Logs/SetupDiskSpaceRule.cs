using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Setup running out of disk space, before or after its first restart (SetupDiag's DiskSpaceBlockInDownLevel and
/// DiskSpaceFailure): an Error or Warning line with a disk-space code — 0x80070070 (ERROR_DISK_FULL), 0x80070027
/// (ERROR_HANDLE_DISK_FULL), or one of Setup's own down-level results 0xC190020E, 0xC190020C, 0xC1900211, 0xC1900212,
/// 0xC19001DF — or saying there is not enough space. Setup's own disk-space results come from the down-level phase; for
/// the others, an extend code on the line (0x80070070 - 0x50011), or a Safe OS, first boot or OOBE phase already entered,
/// says it was after the first restart. The compatibility scan's own checks log "checked InsufficientDiskSpace, found
/// NoIssue" at Info level when all is well; only Error and Warning lines count. One finding per file: the first.
/// </summary>
[ExportLogRule(Id, "Feature upgrades that ran out of disk space, before or after the first restart", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "Execution phase", "0x80070070", "0x80070027", "0xC190020E", "0xC190020C", "0xC1900211", "0xC1900212", "0xC19001DF", "not enough space", "not enough disk space", "insufficient" })]
public sealed class SetupDiskSpaceRule : ILogRule
{
    public const string Id = "setup.disk-space";

    private const uint DiskFull = 0x80070070;

    /// <summary>Setup's own disk-space results: all of them are decided before the first restart.</summary>
    private static readonly uint[] DownLevelCodes = [0xC190020E, 0xC190020C, 0xC1900211, 0xC1900212, 0xC19001DF];

    private static readonly string[] LaterPhases = ["[Safe OS]", "[First Boot]", "[OOBE Boot]", "[OOBE]"];

    private readonly SetupRuns _runs = new();
    private bool _reported;
    private bool _restarted;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            (_reported, _restarted) = (false, false);
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (text.Contains("Execution phase [", StringComparison.Ordinal))
        {
            foreach (var phase in LaterPhases)
            {
                _restarted |= text.Contains(phase, StringComparison.OrdinalIgnoreCase);
            }
        }

        if (_reported ||
            !(entry.Level.Equals("Error", StringComparison.Ordinal) || entry.Level.Equals("Warning", StringComparison.Ordinal)))
        {
            return;
        }

        var code = Code(text);
        var said = code is not null ||
                   text.Contains("not enough space", StringComparison.OrdinalIgnoreCase) ||
                   text.Contains("not enough disk space", StringComparison.OrdinalIgnoreCase) ||
                   (text.Contains("insufficient", StringComparison.OrdinalIgnoreCase) &&
                    text.Contains("space", StringComparison.OrdinalIgnoreCase) &&
                    !text.Contains("NoIssue", StringComparison.Ordinal));
        if (!said)
        {
            return;
        }

        _reported = true;
        var found = code ?? DiskFull;
        var after = !DownLevelCodes.Contains(found) &&
                    (HResult.TryParseWithExtend(text, out _, out var extend) && extend != 0 ? ExtendCode.IsAfterFirstRestart(extend) : _restarted);
        var cause = SetupProfiles.Of(after ? "DiskSpaceFailure" : "DiskSpaceBlockInDownLevel");
        findings.Add(_runs.Tag(cause.Finding(Id, entry, null, found, HResult.Format(found))));
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>The disk-space code the line names, if any.</summary>
    private static uint? Code(ReadOnlySpan<char> text)
    {
        if (text.Contains("0x80070070", StringComparison.OrdinalIgnoreCase))
        {
            return DiskFull;
        }

        if (text.Contains("0x80070027", StringComparison.OrdinalIgnoreCase))
        {
            return 0x80070027;
        }

        foreach (var code in DownLevelCodes)
        {
            if (text.Contains(HResult.Format(code), StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }
}
