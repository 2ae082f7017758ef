using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// 0xC1900101, Setup's "a driver caused the failure" (usually with a rollback), with the driver named. Setup
/// rarely says which driver in the line that carries the code, so, as SetupDiag does, the rule looks for driver
/// files (<c>.sys</c>, <c>oem12.inf</c>, <c>netrtwlanu.inf</c>) in the lines just before the failure and, if
/// there are none, just after it. Files that end in .sys but are no drivers (pagefile.sys, hiberfil.sys,
/// swapfile.sys) are not taken for drivers. One finding per file: the first 0xC1900101.
/// <para>
/// The extend code on the line ("0xC1900101-0x30018") says when: during the boot of the new Windows (operation 0x17,
/// SetupDiag's BootFailureDetected), while it installed devices (0x18, DeviceInstallHang), or while migrating data
/// (0x0D, a driver's settings: DriverMigrationFailure); a driver named near the failure is the one to update or remove.
/// </para>
/// </summary>
[ExportLogRule(Id, "Driver failures behind 0xC1900101, with the driver named", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, ".sys", ".inf", "C1900101" })]
public sealed class SetupDriverFailureRule : ILogRule
{
    public const string Id = "setup.driver-failure";

    private const uint DriverFailure = 0xC1900101;

    /// <summary>How far from the failure a driver name still counts as related, and how far after it the rule looks, in
    /// lines. In lines rather than entries: the rule declares markers, so it is not shown the entries without them and
    /// cannot count those.</summary>
    private const int Reach = 60;

    /// <summary>How many drivers to name at most.</summary>
    private const int MaxNamed = 3;

    private readonly SetupRuns _runs = new();
    private readonly Queue<(long Line, string Name)> _recent = new();
    private LogEntry? _failure;
    private uint _extend;
    private bool _reported;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        _runs.Observe(entry);
        if (_reported)
        {
            return;
        }

        var text = entry.Text.AsSpan();
        if (text.Contains(".sys", StringComparison.OrdinalIgnoreCase) || text.Contains(".inf", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var name in DriverFiles.In(text))
            {
                _recent.Enqueue((entry.Line, name));
                if (_recent.Count > 2 * MaxNamed)
                {
                    _recent.Dequeue();
                }
            }
        }

        if (_failure is null)
        {
            if (text.Contains("C1900101", StringComparison.OrdinalIgnoreCase))
            {
                _failure = entry;
                var at = text.IndexOf("C1900101", StringComparison.OrdinalIgnoreCase);
                var from = at >= 2 && text[at - 2] == '0' && (text[at - 1] is 'x' or 'X') ? at - 2 : at;
                _extend = HResult.TryParseWithExtend(Words.FirstLine(text[from..]), out _, out var extend) ? extend : 0;
                if (Named(entry.Line) is { } before)
                {
                    Report(findings, before);
                }
            }

            return;
        }

        // Looking after the failure for the driver it did not name, and for the extend code a later report of it gives.
        if (_extend == 0 && text.Contains("C1900101", StringComparison.OrdinalIgnoreCase))
        {
            var at = text.IndexOf("C1900101", StringComparison.OrdinalIgnoreCase);
            var from = at >= 2 && text[at - 2] == '0' && (text[at - 1] is 'x' or 'X') ? at - 2 : at;
            _extend = HResult.TryParseWithExtend(Words.FirstLine(text[from..]), out _, out var later) ? later : 0;
        }

        if (Named(_failure.Line) is { } after)
        {
            Report(findings, after);
        }
        else if (entry.Line - _failure.Line > Reach)
        {
            Report(findings, null);
        }
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!_reported && _failure is not null)
        {
            Report(findings, Named(_failure.Line));
        }
    }

    /// <summary>The drivers seen within reach of the failure, most recent first.</summary>
    private string? Named(long failureLine)
    {
        var names = _recent.Where(seen => Math.Abs(seen.Line - failureLine) <= Reach)
            .Select(seen => seen.Name).Reverse().Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxNamed).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private void Report(IFindingSink findings, string? drivers)
    {
        _reported = true;
        var summary = drivers is null ? Strings.SetupDriverFailureUnnamed : Strings.FormatSetupDriverFailure(drivers);
        if (_extend != 0)
        {
            summary = Strings.FormatSetupWithExtend(summary, ExtendCode.Describe(_extend));
        }

        var profile = _extend != 0 && ExtendCode.Operation(_extend) == 0x17 ? "BootFailureDetected"
            : _extend != 0 && ExtendCode.Operation(_extend) == 0x18 ? "DeviceInstallHang"
            : _extend != 0 && ExtendCode.Operation(_extend) == 0x0D ? "DriverMigrationFailure"
            : drivers is not null ? "UnknownDriverMigrationFailure"
            : "DeviceInstallHang";
        var finding = SetupProfiles.Of(profile).Finding(Id, _failure!, drivers, DriverFailure) with { Summary = summary, Subject = drivers };
        findings.Add(_runs.Tag(finding));
    }
}
