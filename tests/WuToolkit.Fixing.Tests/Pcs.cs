using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Fixing.Tests;

/// <summary>The PCs and plans the engine's tests run: a Windows Update PC, and hand-written plans of every step kind.</summary>
internal static class Pcs
{
    public const string SoftwareDistribution = WindowsPaths.SoftwareDistribution;
    public const string Download = WindowsPaths.SoftwareDistributionDownload;
    public const string Catroot2 = WindowsPaths.Catroot2;
    public const string Qmgr = @"%ALLUSERSPROFILE%\Microsoft\Network\Downloader\qmgr.db";
    public const string PowerKey = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    public const string ClientKey = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate";
    public const string NewKey = @"HKLM\SOFTWARE\wutk-test";
    public const string BitsSddl = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)";

    public static readonly string[] UpdateServices = ["UsoSvc", "DoSvc", "wuauserv", "BITS", "CryptSvc"];

    public static ServiceInfo Running(string name, ServiceStartType startType = ServiceStartType.Manual) =>
        new() { Name = name, DisplayName = name, StartType = startType, State = ServiceState.Running, SecurityDescriptor = "D:(A;;GA;;;BA)" };

    public static PathInfo Folder(string path, long bytes, long files) =>
        new() { Path = path, Exists = true, IsDirectory = true, SizeBytes = bytes, FileCount = files, NewestWriteUtc = TestPc.DefaultNow.AddDays(-3) };

    public static PathInfo FileAt(string path, long bytes) =>
        new() { Path = path, Exists = true, IsDirectory = false, SizeBytes = bytes, FileCount = 1, NewestWriteUtc = TestPc.DefaultNow.AddDays(-1) };

    public static RegistryValue Dword(string key, string name, int data) =>
        new() { Key = key, Name = name, Kind = "REG_DWORD", Data = data.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A PC whose download cache a fix would reset.</summary>
    public static TestPc UpdatePc => TestPc.Empty with
    {
        Services =
        [
            Running("UsoSvc", ServiceStartType.AutomaticDelayed), Running("DoSvc", ServiceStartType.AutomaticDelayed),
            Running("wuauserv"), Running("BITS"), Running("CryptSvc", ServiceStartType.Automatic),
        ],
        ServicesComplete = true,
        Paths = [Folder(SoftwareDistribution, 5_000_000, 120), Folder(Download, 4_000_000, 80), Folder(Catroot2, 30_000_000, 40), FileAt(Qmgr, 1_000)],
        Registry = [Dword(PowerKey, "HiberbootEnabled", 1), new RegistryValue { Key = ClientKey, Name = "SusClientId", Kind = "REG_SZ", Data = "c0ffee" }],
        CompleteRegistryKeys = [PowerKey, ClientKey],
        AbsentRegistryKeys = [PolicyKey, NewKey],
    };

    /// <summary>As Windows behaves: the folders cannot move while the services holding them run.</summary>
    public static Fault[] WindowsFaults => [Fault.FolderInUse(SoftwareDistribution, "wuauserv"), Fault.FolderInUse(Catroot2, "CryptSvc")];

    public static SimulatedPc NewPc(params Fault[] faults) => new(UpdatePc, [.. WindowsFaults, .. faults]);

    /// <summary>The download-cache reset, as the guide does it by hand.</summary>
    public static FixPlan ResetDownloadCache => new()
    {
        Steps =
        [
            .. UpdateServices.Select(Stop),
            Rename(SoftwareDistribution, "SoftwareDistribution.bak"),
            Rename(Catroot2, "catroot2.bak"),
            .. UpdateServices.Reverse().Select(Start),
        ],
    };

    /// <summary>A plan with a step of every kind.</summary>
    public static FixPlan EveryKind => new()
    {
        Steps =
        [
            new CreateRestorePointStep { Description = "before the test" },
            Stop("wuauserv"),
            Stop("BITS"),
            new SetServiceStartTypeStep { ServiceName = "BITS", StartType = ServiceStartType.Disabled },
            new SetServiceSecurityStep { ServiceName = "BITS", Sddl = BitsSddl },
            Rename(SoftwareDistribution, "SoftwareDistribution.old"),
            new RenameFileStep { Path = Qmgr, NewName = "qmgr.db.bak" },
            new CreateFolderStep { Path = @"%SystemRoot%\wutk-test" },
            new SetRegistryValueStep { Key = PowerKey, Name = "HiberbootEnabled", Kind = "REG_DWORD", Data = "0" },
            new SetRegistryValueStep { Key = NewKey, Name = "Marker", Kind = "REG_SZ", Data = "x" },
            new RunProgramStep { Program = @"%SystemRoot%\System32\netsh.exe", Arguments = ["winhttp", "reset", "proxy"] },
            new RunProgramStep { Program = "dism.exe", Arguments = ["/Online", "/Disable-Feature"], Undo = new RunProgramStep { Program = "dism.exe", Arguments = ["/Online", "/Enable-Feature"] } },
            new SetServiceStartTypeStep { ServiceName = "BITS", StartType = ServiceStartType.Manual },
            Start("BITS"),
            Start("wuauserv"),
        ],
    };

    public static StopServiceStep Stop(string name) => new() { ServiceName = name };

    public static StartServiceStep Start(string name) => new() { ServiceName = name };

    public static RenameFolderStep Rename(string path, string newName) => new() { Path = path, NewName = newName };
}
