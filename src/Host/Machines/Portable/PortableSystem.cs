using System.Runtime.InteropServices;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Memory and processor anywhere (the processor in detail from Linux's /proc/cpuinfo); the Windows version,
/// firmware, licence and the rest of Windows' own facts only from Windows.</summary>
internal sealed class PortableSystem : ISystemQueries
{
    private const string CpuInfoPath = "/proc/cpuinfo";
    private const string MaxFrequencyPath = "/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq";

    public Task<OsInfo> GetOsAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<OsInfo>("os");

    public Task<HardwareInfo> GetHardwareAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new HardwareInfo { MemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, ProcessorName = ProcessorName(), LogicalProcessors = Environment.ProcessorCount, Architecture = Architecture(RuntimeInformation.OSArchitecture) });

    public Task<FirmwareInfo> GetFirmwareAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<FirmwareInfo>("firmware");

    public async Task<ProcessorInfo> GetProcessorAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(CpuInfoPath))
        {
            throw new QuestionUnansweredException("processor", PortableStrings.FormatNoCpuInfo(RuntimeInformation.OSDescription));
        }

        var text = await ReadOptionalAsync(CpuInfoPath, cancellationToken).ConfigureAwait(false)
            ?? throw new QuestionUnansweredException("processor", PortableStrings.FormatNoCpuInfo(RuntimeInformation.OSDescription));
        var maxFrequency = File.Exists(MaxFrequencyPath) ? await ReadOptionalAsync(MaxFrequencyPath, cancellationToken).ConfigureAwait(false) : null;
        return CpuInfo.Parse(text, Architecture(RuntimeInformation.OSArchitecture), Environment.ProcessorCount, maxFrequency);
    }

    public Task<LicenseInfo> GetLicenseAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<LicenseInfo>("license", PortableStrings.FactLicense);

    public Task<IReadOnlyList<DisplayAdapterInfo>> GetDisplayAdaptersAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<IReadOnlyList<DisplayAdapterInfo>>("displayAdapters", PortableStrings.FactDisplayDrivers);

    public Task<ComponentStoreState> GetComponentStoreAsync(ComponentStoreScan scan, CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<ComponentStoreState>($"componentStore/{scan}", PortableStrings.FactComponentStore);

    public Task<RestoreInfo> GetRestorePointsAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<RestoreInfo>("restorePoints", PortableStrings.FactRestorePoints);

    public Task<IReadOnlyList<DeviceProblem>> GetProblemDevicesAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<IReadOnlyList<DeviceProblem>>("problemDevices", PortableStrings.FactProblemDevices);

    public Task<IReadOnlyList<SecurityProductInfo>> GetSecurityProductsAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<IReadOnlyList<SecurityProductInfo>>("securityProducts", PortableStrings.FactSecurityProducts);

    public Task<IReadOnlyList<StartupItemInfo>> GetStartupItemsAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<IReadOnlyList<StartupItemInfo>>("startupItems", PortableStrings.FactStartupItems);

    public Task<IReadOnlyList<string>> GetEnabledOptionalFeaturesAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsFactAsync<IReadOnlyList<string>>("optionalFeatures", PortableStrings.FactOptionalFeatures);

    internal static string Architecture(System.Runtime.InteropServices.Architecture architecture) => architecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "x64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.X86 => "x86",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        _ => architecture.ToString().ToLowerInvariant(),
    };

    /// <summary>A file that may be unreadable (procfs and sysfs in a restricted container): then there is no answer from it.</summary>
    private static async Task<string?> ReadOptionalAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ProcessorName()
    {
        if (OperatingSystem.IsLinux() && File.Exists(CpuInfoPath))
        {
            var line = File.ReadLines(CpuInfoPath).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line?.Split(':', 2) is [_, var name])
            {
                return name.Trim();
            }
        }

        return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
