using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// The processor: its identity from the registry, sockets, cores and rated clock from WMI's Win32_Processor, and its
/// instruction set from IsProcessorFeaturePresent and, where this process runs natively on an x86 processor, the
/// CPUID instruction (for POPCNT, LAHF/SAHF and PREFETCHW, which Windows has no feature number for). Under emulation
/// (an x64 process on an ARM64 PC) both would describe the emulator, so only the registry and WMI are asked.
/// </summary>
[SupportedOSPlatform("windows")]
internal static partial class WindowsProcessor
{
    private const string Question = "processor";
    private const string CentralProcessor = @"HKLM\HARDWARE\DESCRIPTION\System\CentralProcessor\0";

    public static Task<ProcessorInfo> ReadAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        // Cores and clock are extras: without WMI the registry still names the processor.
        List<CimRecord> processors;
        try
        {
            processors = Wmi.Query(Question, @"root\cimv2", "SELECT Name, Manufacturer, Description, NumberOfCores, NumberOfLogicalProcessors, MaxClockSpeed FROM Win32_Processor", missing: null, cancellationToken);
        }
        catch (QuestionUnansweredException)
        {
            processors = [];
        }

        var registry = CimRecord.Of(
            ("ProcessorNameString", WindowsRegistry.ReadText(CentralProcessor, "ProcessorNameString")),
            ("VendorIdentifier", WindowsRegistry.ReadText(CentralProcessor, "VendorIdentifier")),
            ("Identifier", WindowsRegistry.ReadText(CentralProcessor, "Identifier")),
            ("~MHz", WindowsRegistry.ReadNumber(CentralProcessor, "~MHz")));
        return ProcessorFacts.Read(processors, registry, PortableSystem.Architecture(RuntimeInformation.OSArchitecture), Environment.ProcessorCount, Features());
    }, cancellationToken).WaitAsync(cancellationToken);

    private static List<string> Features()
    {
        var emulated = RuntimeInformation.OSArchitecture == Architecture.Arm64 && RuntimeInformation.ProcessArchitecture != Architecture.Arm64;
        if (emulated)
        {
            return [];
        }

        var features = ProcessorFacts.FromWindows(feature => IsProcessorFeaturePresent((uint)feature)).ToList();
        if (X86Base.IsSupported)
        {
            var (_, _, leaf1Ecx, _) = X86Base.CpuId(1, 0);
            var (maxExtended, _, _, _) = X86Base.CpuId(unchecked((int)0x80000000), 0);
            var extendedLeaf1Ecx = unchecked((uint)maxExtended) >= 0x80000001 ? X86Base.CpuId(unchecked((int)0x80000001), 0).Ecx : 0;
            features.AddRange(ProcessorFacts.FromCpuId(unchecked((uint)leaf1Ecx), unchecked((uint)extendedLeaf1Ecx)));
        }

        return features;
    }

    [LibraryImport("kernel32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool IsProcessorFeaturePresent(uint processorFeature);
}
