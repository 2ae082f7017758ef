using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Resources;

namespace WuToolkit.Logs.Reading;

/// <summary>
/// Which log a file is. The file name decides when it is one Windows gives (case does not matter):
/// <code>
/// CBS.log, CbsPersist_*.log, cbs*.log                      Cbs
/// dism*.log                                                Dism
/// WindowsUpdate*.log                                       WindowsUpdate
/// setupact*.log (setupact.log, setupact_rollback.log, …)   SetupAct
/// setuperr*.log                                            SetupErr
/// SetupDiag*.log / .xml / .json / .txt                     SetupDiag (the form is read from the content)
/// CompatData*.xml, ScanResult.xml                          CompatData
/// setupapi*.log (setupapi.dev.log, setupapi.offline.*.log) SetupApi
/// *_APPRAISER_HumanReadable.xml                            Appraiser
/// rollbackinfo.ini                                         RollbackInfo
/// *.dmp (setupmem.dmp, MEMORY.DMP, minidumps)              CrashDump (only its presence is read)
/// *.evtx, *.evt                                            refused: binary event logs (export them as XML)
/// </code>
/// Otherwise the first 64 KiB decide, as <see cref="LogContentSniffer"/> describes.
/// </summary>
public static class LogKindDetector
{
    /// <summary>
    /// The kind the file name gives, or null when the name says nothing (and for a binary event log, which
    /// <see cref="IsBinaryEventLog"/> tells; reading one is refused).
    /// </summary>
    public static LogKind? FromName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = FileNameOf(path);
        var extension = Path.GetExtension(name);
        var log = Is(extension, ".log");
        return name switch
        {
            _ when log && Starts(name, "cbs") => LogKind.Cbs,
            _ when log && Starts(name, "dism") => LogKind.Dism,
            _ when log && Starts(name, "WindowsUpdate") => LogKind.WindowsUpdate,
            _ when log && Starts(name, "setupact") => LogKind.SetupAct,
            _ when log && Starts(name, "setuperr") => LogKind.SetupErr,
            _ when Starts(name, "SetupDiag") && (log || Is(extension, ".xml") || Is(extension, ".json") || Is(extension, ".txt")) => LogKind.SetupDiag,
            _ when Is(extension, ".xml") && (Starts(name, "CompatData") || Is(name, "ScanResult.xml")) => LogKind.CompatData,
            _ when log && Starts(name, "setupapi") => LogKind.SetupApi,
            _ when name.EndsWith("APPRAISER_HumanReadable.xml", StringComparison.OrdinalIgnoreCase) => LogKind.Appraiser,
            _ when Is(name, "rollbackinfo.ini") => LogKind.RollbackInfo,
            _ when Is(extension, ".dmp") => LogKind.CrashDump,
            _ => null,
        };
    }

    /// <summary>True for a binary event log by its name (.evtx, .evt), which wutk does not read: export it as XML.</summary>
    public static bool IsBinaryEventLog(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(FileNameOf(path));
        return Is(extension, ".evtx") || Is(extension, ".evt");
    }

    /// <summary>The kind of log <paramref name="head"/> (the start of a file, decoded) looks like.</summary>
    /// <param name="head">The first lines of the file.</param>
    /// <param name="path">The file's name, which breaks the tie between setupact and setuperr.</param>
    public static LogKind FromContent(string head, string path)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(path);
        return LogContentSniffer.Sniff(head, path);
    }

    /// <summary>The kind of the log at <paramref name="path"/>: by its name, else by its first 64 KiB.</summary>
    /// <exception cref="LogFormatException">A folder, a missing or unreadable file, a binary event log.</exception>
    public static LogKind Detect(string path)
    {
        LogReader.RefuseBinaryEventLog(path);
        if (FromName(path) is { } byName)
        {
            LogReader.CheckPath(path);
            return byName;
        }

        using var stream = LogReader.OpenFile(path);
        using var input = LogReader.OpenInput(stream, path, LogReadOptions.Default);
        return FromContent(input.HeadText, path);
    }

    /// <summary>The file name in a path with either separator: a Windows path names a Windows log wherever wutk runs.</summary>
    internal static string FileNameOf(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private static bool Is(string text, string value) => text.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool Starts(string text, string value) => text.StartsWith(value, StringComparison.OrdinalIgnoreCase);
}
