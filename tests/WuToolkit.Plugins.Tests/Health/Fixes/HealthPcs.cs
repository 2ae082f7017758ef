using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health.Fixes;

/// <summary>The PCs the health fixes are planned on.</summary>
internal static class HealthPcs
{
    public const string TimeParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters";
    public const string TimeConfig = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Config";
    public const string TimePolicy = @"HKLM\SOFTWARE\Policies\Microsoft\W32Time\Parameters";
    public const string ServicingPolicy = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\Servicing";
    public const string UpdatePolicy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";

    public static readonly OsInfo Windows10Pro = new() { ProductName = "Windows 10 Pro", Version = "10.0.19045", Build = 19045, Revision = 5131, Architecture = "x64", DisplayVersion = "22H2" };

    public static readonly OsInfo Windows10HomeArm = new() { ProductName = "Windows 10 Home", Version = "10.0.19045", Build = 19045, Architecture = "arm64", DisplayVersion = "22H2" };

    public static readonly OsInfo Windows11Home24H2 = new() { ProductName = "Windows 11 Home", Version = "10.0.26100", Build = 26100, Revision = 2314, Architecture = "arm64", DisplayVersion = "24H2" };

    public static ServiceInfo W32Time(ServiceStartType startType, ServiceState state) =>
        new() { Name = "W32Time", DisplayName = "Windows Time", StartType = startType, State = state, Publisher = "Microsoft Corporation" };

    public static RegistryValue Value(string key, string name, string data, string kind = "REG_DWORD") =>
        new() { Key = key, Name = name, Kind = kind, Data = data };

    /// <summary>A PC whose clock drifted because the Windows Time service was disabled: three hours behind.</summary>
    public static TestPc ClockDrifted => TestPc.Empty with
    {
        Os = Windows10Pro,
        Services = [W32Time(ServiceStartType.Disabled, ServiceState.Stopped)],
        Registry = [Value(TimeParameters, "Type", "NTP", "REG_SZ"), Value(TimeConfig, "MaxPosPhaseCorrection", "54000"), Value(TimeConfig, "MaxNegPhaseCorrection", "54000")],
        ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromHours(-3) }],
    };

    /// <summary>A PC whose time service was disabled and told not to synchronise at all, as in the sample
    /// clock-three-days-behind.</summary>
    public static TestPc NotSyncing => ClockDrifted with
    {
        Registry = [Value(TimeParameters, "Type", "NoSync", "REG_SZ"), Value(TimeConfig, "MaxPosPhaseCorrection", "54000"), Value(TimeConfig, "MaxNegPhaseCorrection", "54000")],
    };

    /// <summary>A PC with nothing in the servicing policy and no update policy: repairs come from Windows Update.</summary>
    public static TestPc Unmanaged => TestPc.Empty with
    {
        Os = Windows10Pro,
        AbsentRegistryKeys = [ServicingPolicy, UpdatePolicy, UpdatePolicy + @"\AU"],
    };

    /// <summary>A PC that gets its updates from a WSUS server, with nothing in the servicing policy.</summary>
    public static TestPc WsusManaged => TestPc.Empty with
    {
        Os = Windows10Pro,
        Registry = [Value(UpdatePolicy, "WUServer", "http://wsus.contoso.local:8530", "REG_SZ"), Value(UpdatePolicy + @"\AU", "UseWUServer", "1")],
        CompleteRegistryKeys = [UpdatePolicy, UpdatePolicy + @"\AU"],
        AbsentRegistryKeys = [ServicingPolicy],
    };
}
