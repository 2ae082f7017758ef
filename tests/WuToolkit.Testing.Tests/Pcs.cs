using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;

namespace WuToolkit.Testing.Tests;

/// <summary>The pieces of a Windows Update PC the tests describe.</summary>
internal static class Pcs
{
    public const string SoftwareDistribution = WindowsPaths.SoftwareDistribution;
    public const string Download = WindowsPaths.SoftwareDistributionDownload;
    public const string Catroot2 = WindowsPaths.Catroot2;
    public const string PowerKey = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Power";
    public const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";

    public static ServiceInfo Running(string name, ServiceStartType startType = ServiceStartType.Manual) =>
        new() { Name = name, DisplayName = name, StartType = startType, State = ServiceState.Running };

    public static ServiceInfo Stopped(string name, ServiceStartType startType = ServiceStartType.Manual) =>
        new() { Name = name, DisplayName = name, StartType = startType, State = ServiceState.Stopped };

    public static PathInfo Folder(string path, long bytes, long files) =>
        new() { Path = path, Exists = true, IsDirectory = true, SizeBytes = bytes, FileCount = files, NewestWriteUtc = TestPc.DefaultNow.AddDays(-3) };

    public static PathInfo Nothing(string path) => new() { Path = path, Exists = false };

    public static RegistryValue Dword(string key, string name, int data) =>
        new() { Key = key, Name = name, Kind = "REG_DWORD", Data = data.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A PC whose download cache a fix would reset: the update services running, the folders in place.</summary>
    public static TestPc UpdatePc => TestPc.Empty with
    {
        Services =
        [
            Running("UsoSvc", ServiceStartType.AutomaticDelayed), Running("DoSvc", ServiceStartType.AutomaticDelayed),
            Running("wuauserv"), Running("BITS"), Running("CryptSvc", ServiceStartType.Automatic),
        ],
        ServicesComplete = true,
        Paths = [Folder(SoftwareDistribution, 5_000_000, 120), Folder(Download, 4_000_000, 80), Folder(Catroot2, 30_000_000, 40)],
        Registry = [Dword(PowerKey, "HiberbootEnabled", 1)],
        CompleteRegistryKeys = [PowerKey],
        AbsentRegistryKeys = [PolicyKey],
    };
}
