using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The causes SetupDiag names from single lines of Setup's logs: migration objects, units and plug-ins, advanced
/// installers, DISM inside Setup (image sessions, providers, packages), sysprep modules, user profiles, the WIM mount
/// driver, the Safe OS dynamic update, optional components, expanding the download, the boot-time file filter, and drivers
/// that do not migrate (<see cref="SetupClauses"/> shows the lines). Each finding says the cause in plain words with its
/// subject, what to do and the checks and fixes that apply. A migration unit that fails without naming an object
/// ("Processing GATHER for migration unit: &lt;System&gt;\UpgradeFramework (CMXEAgent)", then "Gather failed") is named by its
/// unit (FindMigGatherUnitFailure, FindMigApplyUnitFailure). One finding per cause and subject in each run of Setup.
/// </summary>
[ExportLogRule(Id, "Causes named by single Setup log lines: migration, installers, DISM, sysprep, profiles, WIM, drivers", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, " for migration unit:", " while gathering object", " while applying object", "Abandoning apply due to error for object", "while gathering/applying object:", "Failed execution of queue item Installer:", "(hr:", "SYSPRP", "LaunchModule", "plugin", "plug-in", "S-1-5-21-", @":\Users\", "wimmount", "SafeOS", "Safe OS", "CBS session", "CbsSession", "OC package", "Optional Component", "OCs", "DPX", "Expander", "WinSetupMon", "WinSetupBoot", "driver", "Gather failed", "Apply failed", "Gather operation failed", "Apply operation failed" })]
public sealed class SetupCauseRule : ILogRule
{
    public const string Id = "setup.cause";

    private const string UnitMarker = " for migration unit: ";

    private readonly SetupRuns _runs = new();
    private readonly HashSet<(string, string?)> _reported = [];
    private (string Unit, bool Gather)? _unit;
    private bool _objectFailed;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            _reported.Clear();
            (_unit, _objectFailed) = (null, false);
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        if (entry.Component.Equals("MIG", StringComparison.Ordinal) && text.Contains(UnitMarker, StringComparison.Ordinal))
        {
            // "Processing GATHER for migration unit: <System>\UpgradeFramework (CMXEAgent)".
            _unit = (Words.After(text, UnitMarker) ?? "", text.Contains("GATHER", StringComparison.Ordinal));
            _objectFailed = false;
            return;
        }

        if (!SetupClauses.IsError(entry))
        {
            return;
        }

        if (SetupClauses.Of(entry, _runs.InstallsDrivers) is { } match)
        {
            _objectFailed |= match.Profile == "FindMigGatherApplyFailure";
            Report(findings, entry, match.Profile, match.Subject, match.Code);
            return;
        }

        if (_unit is { } unit && !_objectFailed &&
            (text.Contains("Gather failed", StringComparison.Ordinal) || text.Contains("Apply failed", StringComparison.Ordinal) ||
             text.Contains("Gather operation failed", StringComparison.Ordinal) || text.Contains("Apply operation failed", StringComparison.Ordinal)))
        {
            var profile = unit.Gather ? "FindMigGatherUnitFailure" : "FindMigApplyUnitFailure";
            Report(findings, entry, profile, unit.Unit, HResult.TryFindAfter(text, "Error: ", out var code) && code != 0 ? HResult.IsFailure(code) ? code : HResult.FromWin32(code) : null);
        }
    }

    public void Complete(IFindingSink findings)
    {
    }

    private void Report(IFindingSink findings, LogEntry entry, string profile, string? subject, uint? code)
    {
        if (!_reported.Add((profile, subject)))
        {
            return;
        }

        var detail = code is { } value ? HResult.Format(value) : null;
        findings.Add(_runs.Tag(SetupProfiles.Of(profile).Finding(Id, entry, subject, code, detail)));
    }
}
