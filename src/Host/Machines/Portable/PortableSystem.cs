using System.Runtime.InteropServices;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>Memory and processor anywhere; the Windows version and firmware only from Windows.</summary>
internal sealed class PortableSystem : ISystemQueries
{
    public Task<OsInfo> GetOsAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<OsInfo>("os");

    public Task<HardwareInfo> GetHardwareAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new HardwareInfo { MemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, ProcessorName = ProcessorName(), LogicalProcessors = Environment.ProcessorCount, Architecture = Architecture(RuntimeInformation.OSArchitecture) });

    public Task<FirmwareInfo> GetFirmwareAsync(CancellationToken cancellationToken) =>
        Unanswerable.WindowsOnlyAsync<FirmwareInfo>("firmware");

    internal static string Architecture(System.Runtime.InteropServices.Architecture architecture) => architecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "x64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.X86 => "x86",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        _ => architecture.ToString().ToLowerInvariant(),
    };

    private static string ProcessorName()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (OperatingSystem.IsLinux() && File.Exists(cpuInfo))
        {
            var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line?.Split(':', 2) is [_, var name])
            {
                return name.Trim();
            }
        }

        return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
