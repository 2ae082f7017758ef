namespace WuToolkit.Abstractions.Logs;

/// <summary>Which log a line comes from; rules say which kinds they read.</summary>
public enum LogKind
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>%windir%\Logs\CBS\CBS.log: the servicing stack, sfc.</summary>
    Cbs,

    /// <summary>%windir%\Logs\DISM\dism.log.</summary>
    Dism,

    /// <summary>WindowsUpdate.log, in the classic agent format or as produced by Get-WindowsUpdateLog.</summary>
    WindowsUpdate,

    /// <summary>Panther setupact.log (feature upgrades and Setup).</summary>
    SetupAct,

    /// <summary>Panther setuperr.log.</summary>
    SetupErr,

    /// <summary>SetupDiag results (text, XML or JSON).</summary>
    SetupDiag,

    /// <summary>An export of the WindowsUpdateClient/Operational (or another) event channel.</summary>
    EventLog,

    /// <summary>Panther CompatData / ScanResult XML: compatibility blocks.</summary>
    CompatData,

    /// <summary>%windir%\INF\setupapi.dev.log, setupapi.setup.log, setupapi.offline.*.log: driver installs (added after SDK 1.1).</summary>
    SetupApi,

    /// <summary>Panther *_APPRAISER_HumanReadable.xml: the compatibility appraiser's assets and blocks (added after SDK 1.1).</summary>
    Appraiser,

    /// <summary>Setup's rollbackinfo.ini: the phase, operation, result and bug check a rolled-back upgrade left (added after SDK 1.1).</summary>
    RollbackInfo,

    /// <summary>A memory dump (setupmem.dmp, MEMORY.DMP, a minidump): its presence, size and time, not its content, which
    /// needs a debugger (added after SDK 1.1).</summary>
    CrashDump,
}
