using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Questions;
using WuToolkit.Testing;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Snapshots built in code: one with every section filled (and every optional field both set and null
/// somewhere), one with nothing recorded but the header.</summary>
internal static class SnapshotExamples
{
    public static readonly DateTimeOffset Collected = new(2024, 3, 12, 8, 30, 0, TimeSpan.Zero);

    /// <summary>The snapshot as wutk writes it, in UTF-8.</summary>
    public static byte[] Utf8(Snapshot snapshot) => SnapshotWriter.ToUtf8(snapshot);

    public static Snapshot HeaderOnly() => (TestPc.Empty with { Now = Collected }).ToSnapshot();

    public static Snapshot Full() => new SnapshotBuilder(FullPc().ToSnapshot())
        .Header(header => header with
        {
            Description = "Windows Update disabled, the proxy unreachable, little free space, a failed cumulative update",
            CollectedBy = "wutk tests",
        })
        .Build();

    public const string UpdateChannel = "Microsoft-Windows-WindowsUpdateClient/Operational";

    public const string SetupDiagKey = @"HKLM\SYSTEM\Setup\MoSetup\Volatile\SetupDiag";

    /// <summary>Every section filled, the questions added after version 1 (registry keys, events) included.</summary>
    public static TestPc FullPc() => VersionOneSections()
        .With(MachineQuestions.RegistryKey, SetupDiagKey, [
            new RegistryValue { Key = SetupDiagKey, Name = "ProfileName", Kind = "REG_SZ", Data = "FindSPFatalError" },
            new RegistryValue { Key = SetupDiagKey, Name = "FailureData", Kind = "REG_SZ", Data = "0xC1900101 - 0x40017" },
        ])
        .With(MachineQuestions.RegistryKey, @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\Missing", null)
        .With(MachineQuestions.Events, UpdateChannel, [
            new EventRecordInfo
            {
                Channel = UpdateChannel,
                Provider = "Microsoft-Windows-WindowsUpdateClient",
                EventId = 20,
                Level = 2,
                TimeCreated = Collected.AddDays(-2),
                RecordId = 4711,
                Message = "Installation Failure: Windows failed to install the following update with error 0x80070070.",
                Data = new Dictionary<string, string> { ["errorCode"] = "0x80070070", ["updateTitle"] = "2024-02 Cumulative Update (KB5034763)" },
            },
            new EventRecordInfo { Channel = UpdateChannel, Provider = "Microsoft-Windows-WindowsUpdateClient", EventId = 19, RecordId = 4712, Message = null },
        ]);

    private static TestPc VersionOneSections() => TestPc.Empty with
    {
        Now = Collected,
        Services =
        [
            new ServiceInfo { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Disabled, State = ServiceState.Stopped, ImagePath = @"C:\WINDOWS\system32\svchost.exe -k netsvcs -p", Publisher = "Microsoft Corporation" },
            new ServiceInfo { Name = "BITS", DisplayName = "Background Intelligent Transfer Service", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.Running },
            new ServiceInfo { Name = "CryptSvc", DisplayName = "Cryptographic Services", StartType = ServiceStartType.Automatic, State = ServiceState.Running },
            new ServiceInfo { Name = "TrustedInstaller", DisplayName = "Windows Modules Installer", StartType = ServiceStartType.Manual, State = ServiceState.Stopped },
            new ServiceInfo { Name = "UsoSvc", DisplayName = "Update Orchestrator Service", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.Running },
            new ServiceInfo { Name = "DoSvc", DisplayName = "Delivery Optimization", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.StopPending },
        ],
        ServicesComplete = false,
        AbsentServices = ["WaaSMedicSvc"],
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 127_000_000_000, FreeBytes = 3_200_000_000 },
        Paths =
        [
            new PathInfo { Path = WindowsPaths.SoftwareDistribution, Exists = true, IsDirectory = true, SizeBytes = 1_900_000_000, FileCount = 812, NewestWriteUtc = Collected.AddDays(-9) },
            new PathInfo { Path = WindowsPaths.SoftwareDistributionDownload, Exists = true, IsDirectory = true, SizeBytes = 1_400_000_000, FileCount = 140, NewestWriteUtc = Collected.AddDays(-9) },
            new PathInfo { Path = WindowsPaths.Catroot2, Exists = true, IsDirectory = true, SizeBytes = 60_000_000, FileCount = 30 },
            new PathInfo { Path = WindowsPaths.PendingXml, Exists = false },
        ],
        Adapters =
        [
            new AdapterInfo { Name = "Wi-Fi", Description = "Intel(R) Wi-Fi 6 AX201 160MHz", Kind = AdapterKind.Wireless, State = AdapterState.Up, IPv4Addresses = ["192.168.1.23"], Gateways = ["192.168.1.1"], DnsServers = ["192.168.1.1"] },
            new AdapterInfo { Name = "Ethernet", Description = "Realtek PCIe GbE Family Controller", Kind = AdapterKind.Ethernet, State = AdapterState.Down, IPv4Addresses = [], Gateways = [], DnsServers = [] },
        ],
        Dns =
        [
            new DnsAnswer { Host = "download.windowsupdate.com", Addresses = ["192.0.2.10"] },
            new DnsAnswer { Host = "fe2.update.microsoft.com", Addresses = [], Error = "no such host is known" },
        ],
        Http =
        [
            new HttpProbe { Url = new Uri("https://fe2.update.microsoft.com/"), StatusCode = null, Error = "no such host is known", ElapsedMilliseconds = 12.5 },
            new HttpProbe { Url = new Uri("http://download.windowsupdate.com/"), StatusCode = 200, Error = null, ElapsedMilliseconds = 84 },
        ],
        WinHttpProxy = new ProxyInfo { Direct = false, Server = "proxy.contoso.test:8080", BypassList = "<local>" },
        Os = new OsInfo { ProductName = "Windows 10 Pro", Version = "10.0.19045", Build = 19045, Revision = 3803, DisplayVersion = "22H2", Architecture = "x64" },
        Hardware = new HardwareInfo { MemoryBytes = 8L * 1024 * 1024 * 1024, ProcessorName = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", LogicalProcessors = 8, Architecture = "x64" },
        Firmware = new FirmwareInfo { Type = FirmwareType.Uefi, SecureBootEnabled = null, TpmSpecVersion = null },
        Registry =
        [
            new RegistryValue { Key = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU", Name = "NoAutoUpdate", Kind = "REG_DWORD", Data = "1" },
            new RegistryValue { Key = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager", Name = "PendingFileRenameOperations", Kind = "REG_MULTI_SZ", Data = "\\??\\C:\\Windows\\Temp\\a.tmp\n" },
        ],
        AbsentRegistryValues =
        [
            (@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate", "WUServer"),
        ],
        UpdateHistory =
        [
            new UpdateHistoryEntry { Title = "2024-02 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5034763)", KbId = "KB5034763", Date = Collected.AddDays(-3), Operation = UpdateOperation.Installation, Result = UpdateResult.Failed, HResult = unchecked((int)0x80070070) },
            new UpdateHistoryEntry { Title = "Security Intelligence Update for Microsoft Defender Antivirus", KbId = null, Date = Collected.AddDays(-1), Operation = UpdateOperation.Installation, Result = UpdateResult.Succeeded, HResult = 0 },
        ],
        ClockOffsets =
        [
            new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromSeconds(1.5), RoundTrip = TimeSpan.FromMilliseconds(42) },
            new ClockOffset { Server = "pool.ntp.test", Offset = TimeSpan.FromMinutes(-7.25), RoundTrip = TimeSpan.FromMilliseconds(38.1234) },
        ],
    };
}
