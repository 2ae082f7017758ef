using System.Management;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The Windows version from the registry, memory and firmware through Win32, the TPM through WMI.</summary>
[SupportedOSPlatform("windows")]
internal sealed partial class WindowsSystem : ISystemQueries
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
        var secureBoot = WindowsRegistry.ReadNumber(@"HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State", "UEFISecureBootEnabled") is { } on ? on == 1 : (bool?)null;
        return new FirmwareInfo { Type = type, SecureBootEnabled = secureBoot, TpmSpecVersion = TpmVersion() };
    }, cancellationToken);

    private static string? TpmVersion()
    {
        try
        {
            using var searcher = new ManagementObjectSearcher(@"root\CIMV2\Security\MicrosoftTpm", "SELECT SpecVersion FROM Win32_Tpm");
            using var results = searcher.Get();
            foreach (var tpm in results)
            {
                using (tpm)
                {
                    return WindowsFacts.TpmSpecVersion(tpm["SpecVersion"] as string);
                }
            }

            return null;
        }
        catch (ManagementException ex) when (ex.ErrorCode == ManagementStatus.AccessDenied)
        {
            throw new QuestionUnansweredException("firmware", Strings.NeedsAdministrator);
        }
        catch (UnauthorizedAccessException)
        {
            throw new QuestionUnansweredException("firmware", Strings.NeedsAdministrator);
        }
    }

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetPhysicallyInstalledSystemMemory(out long totalMemoryInKilobytes);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetFirmwareType(out int firmwareType);
}
