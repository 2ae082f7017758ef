using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The Windows version from the registry, memory and firmware through Win32, the TPM through WMI; the other
/// system questions each through their own class (licence, processor, devices, component store, restore points,
/// Security Center, startup programs and optional features).</summary>
[SupportedOSPlatform("windows")]
internal sealed partial class WindowsSystem(WindowsComponentStore componentStore) : ISystemQueries
{
    private const string CurrentVersion = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";

    public Task<OsInfo> GetOsAsync(CancellationToken cancellationToken)
    {
        var build = int.TryParse(WindowsRegistry.ReadText(CurrentVersion, "CurrentBuild"), out var b) ? b : Environment.OSVersion.Version.Build;
        var revision = WindowsRegistry.ReadNumber(CurrentVersion, "UBR") ?? 0;
        var major = WindowsRegistry.ReadNumber(CurrentVersion, "CurrentMajorVersionNumber") ?? 10;
        var minor = WindowsRegistry.ReadNumber(CurrentVersion, "CurrentMinorVersionNumber") ?? 0;
        return Task.FromResult(new OsInfo { ProductName = WindowsFacts.ProductName(WindowsRegistry.ReadText(CurrentVersion, "ProductName"), build), Version = $"{major}.{minor}.{build}", Build = build, Revision = revision, Architecture = PortableSystem.Architecture(RuntimeInformation.OSArchitecture), DisplayVersion = WindowsRegistry.ReadText(CurrentVersion, "DisplayVersion") ?? WindowsRegistry.ReadText(CurrentVersion, "ReleaseId") });
    }

    public Task<HardwareInfo> GetHardwareAsync(CancellationToken cancellationToken)
    {
        // Installed memory, not what the OS can use: Windows 11's 4 GB rule is about what is fitted.
        var memory = GetPhysicallyInstalledSystemMemory(out var kilobytes) ? kilobytes * 1024 : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var processor = WindowsRegistry.ReadText(@"HKLM\HARDWARE\DESCRIPTION\System\CentralProcessor\0", "ProcessorNameString")?.Trim() ?? "";
        return Task.FromResult(new HardwareInfo { MemoryBytes = memory, ProcessorName = processor, LogicalProcessors = Environment.ProcessorCount, Architecture = PortableSystem.Architecture(RuntimeInformation.OSArchitecture) });
    }

    public Task<FirmwareInfo> GetFirmwareAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var type = GetFirmwareType(out var firmware) && firmware == 2 ? FirmwareType.Uefi : FirmwareType.Bios;
        var (enabled, capable) = FirmwareFacts.SecureBoot(type, WindowsRegistry.ReadNumber(FirmwareFacts.SecureBootStateKey, "UEFISecureBootEnabled"));
        return new FirmwareInfo { Type = type, SecureBootEnabled = enabled, SecureBootCapable = capable, TpmSpecVersion = TpmVersion(cancellationToken) };
    }, cancellationToken).WaitAsync(cancellationToken);

    public Task<LicenseInfo> GetLicenseAsync(CancellationToken cancellationToken) => WindowsLicense.ReadAsync(cancellationToken);

    public Task<ProcessorInfo> GetProcessorAsync(CancellationToken cancellationToken) => WindowsProcessor.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<DisplayAdapterInfo>> GetDisplayAdaptersAsync(CancellationToken cancellationToken) => WindowsDevices.DisplayAdaptersAsync(cancellationToken);

    public Task<ComponentStoreState> GetComponentStoreAsync(ComponentStoreScan scan, CancellationToken cancellationToken) =>
        scan == ComponentStoreScan.ScanHealth ? componentStore.ScanHealthAsync(cancellationToken) : componentStore.LastKnownAsync(cancellationToken);

    public Task<RestoreInfo> GetRestorePointsAsync(CancellationToken cancellationToken) => WindowsRestorePoints.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<DeviceProblem>> GetProblemDevicesAsync(CancellationToken cancellationToken) => WindowsDevices.ProblemsAsync(cancellationToken);

    public Task<IReadOnlyList<SecurityProductInfo>> GetSecurityProductsAsync(CancellationToken cancellationToken) => WindowsSecurityCenter.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<StartupItemInfo>> GetStartupItemsAsync(CancellationToken cancellationToken) => WindowsSoftware.StartupItemsAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GetEnabledOptionalFeaturesAsync(CancellationToken cancellationToken) => WindowsSoftware.EnabledOptionalFeaturesAsync(cancellationToken);

    /// <summary>The TPM's version; null when Windows lists no TPM. Reading it needs an administrator.</summary>
    private static string? TpmVersion(CancellationToken cancellationToken) =>
        Wmi.Query("firmware", @"root\CIMV2\Security\MicrosoftTpm", "SELECT SpecVersion FROM Win32_Tpm", missing: null, cancellationToken)
            .Select(tpm => WindowsFacts.TpmSpecVersion(tpm.Text("SpecVersion")))
            .FirstOrDefault();

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetPhysicallyInstalledSystemMemory(out long totalMemoryInKilobytes);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetFirmwareType(out int firmwareType);
}
