using System.Globalization;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Upgrade.Processors;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// The processor against the target's requirements. Windows 11 wants a 64-bit processor on Microsoft's lists (see
/// <see cref="SupportedProcessors"/>) with 2 cores at 1 GHz, and since 24H2 SSE4.2 and POPCNT, without which it does
/// not start at all; every 64-bit Windows wants CMPXCHG16b, LAHF/SAHF and PrefetchW. A capable processor that is not on
/// the lists fails too: setup refuses it, and the registry setting that lets setup go on leaves the PC unsupported,
/// which is not a fix. Facts the machine did not record make a warning, never a failure.
/// </summary>
[ExportCheck("upgrade.processor", "Processor for the target Windows", Scenario = Scenario.Upgrade, Tags = ["upgrade", "requirements", "processor", "cpu"], Settings = typeof(UpgradeTargetSetting),
    Description = "Whether the processor meets the target Windows' requirements: a 64-bit processor on Microsoft's supported lists (Windows 11: Intel 8th generation, AMD Zen+, Qualcomm Snapdragon 7c/8c/8cx/X and later), 2 cores at 1 GHz, SSE4.2 and POPCNT for Windows 11 24H2 and later, and CMPXCHG16b, LAHF/SAHF and PrefetchW for any 64-bit Windows. Setup refuses a PC that lacks them.")]
public sealed class ProcessorCheck : ICheck
{
    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetRequirements.Read(context.Settings);
        var processor = await context.Machine.System.GetProcessorAsync(cancellationToken).ConfigureAwait(false);

        var name = NameRule.Plain(processor.Name) is { Length: > 0 } plain ? plain : Strings.TheProcessor;
        var architecture = CpuArchitectures.Parse(processor.Architecture);
        var judgement = SupportedProcessors.Judge(processor);

        var floor = new List<Requirement>();
        AddIfAny(floor, ArchitectureProblem(target, architecture, processor.Architecture));
        AddIfAny(floor, CoresProblem(target, name, processor));
        AddIfAny(floor, ClockProblem(target, name, processor.MaxClockMHz));
        floor.AddRange(InstructionProblems(target, name, architecture, processor, judgement));

        var unmet = new List<Requirement>();
        if (target.NeedsSupportedProcessor)
        {
            var capable = floor.TrueForAll(requirement => requirement.Status != CheckStatus.Fail);
            AddIfAny(unmet, SupportProblem(target, name, processor, judgement, capable));
        }

        unmet.AddRange(floor);
        var described = target.NeedsSupportedProcessor && judgement.Group is { } group ? group.Describe() : ArchitectureText(processor.Architecture);
        return Requirement.Judge(unmet, Strings.FormatProcessorOk(name, described, target.Name), Evidence(target, processor, judgement));
    }

    private static Requirement? ArchitectureProblem(TargetRequirements target, CpuArchitecture architecture, string? text) => architecture switch
    {
        CpuArchitecture.Unknown => new(CheckStatus.Warn, Strings.FormatProcessorArchitectureUnknown(target.Name)),
        CpuArchitecture.X86 when !target.Allows32Bit => new(CheckStatus.Fail, Strings.FormatProcessor32Bit(target.Name)),
        CpuArchitecture.Other => new(CheckStatus.Fail, Strings.FormatProcessorArchitectureUnsupported(text?.Trim(), target.Name)),
        _ => null,
    };

    private static Requirement? CoresProblem(TargetRequirements target, string name, ProcessorInfo processor)
    {
        if (target.MinimumCores <= 1)
        {
            return null;
        }

        // Physical cores where known. Otherwise logical processors: one logical processor is certainly one core, and the
        // one-core processors with two threads are old enough for the processor lists to refuse them anyway.
        var cores = processor.Cores ?? (processor.LogicalProcessors >= target.MinimumCores ? (int?)null : processor.LogicalProcessors);
        return cores switch
        {
            null => null,
            <= 0 => new(CheckStatus.Warn, Strings.FormatProcessorCoresUnknown(target.Name, target.MinimumCores)),
            { } known when known < target.MinimumCores => new(CheckStatus.Fail, Strings.FormatProcessorTooFewCores(name, known, target.Name, target.MinimumCores)),
            _ => null,
        };
    }

    private static Requirement? ClockProblem(TargetRequirements target, string name, int? clockMHz) => clockMHz switch
    {
        null or <= 0 => new(CheckStatus.Warn, Strings.FormatProcessorClockUnknown(target.Name, Gigahertz(target.MinimumClockMHz))),
        { } known when known < target.MinimumClockMHz => new(CheckStatus.Fail, Strings.FormatProcessorTooSlow(name, Gigahertz(known), target.Name, Gigahertz(target.MinimumClockMHz))),
        _ => null,
    };

    private static IEnumerable<Requirement> InstructionProblems(TargetRequirements target, string name, CpuArchitecture architecture, ProcessorInfo processor, ProcessorJudgement judgement)
    {
        // x86 instructions; a 32-bit Windows on the way to Windows 11 means a clean 64-bit installation, so the 64-bit
        // demands apply to its processor too.
        var needed = architecture == CpuArchitecture.X64 || (architecture == CpuArchitecture.X86 && !target.Allows32Bit)
            ? target.X64Instructions
            : [];
        if (needed.Count == 0)
        {
            yield break;
        }

        if (processor.Features.Count == 0)
        {
            // Every processor on the Windows 11 lists has all of them (they date from 2008 and earlier).
            if (judgement.Support != ProcessorSupport.Supported)
            {
                yield return new(CheckStatus.Warn, Strings.FormatProcessorInstructionsUnknown(Names(needed), target.Name));
            }

            yield break;
        }

        var present = processor.Features.Select(feature => feature.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var intel = ProcessorVendors.Of(processor) == ProcessorVendor.Intel;
        var missing = needed.Where(feature => !present.Contains(feature.Key) && !(intel && feature.IntelMayNotAnnounce)).ToList();
        if (missing.Where(feature => !feature.NeededToStart).ToList() is { Count: > 0 } setupNeeds)
        {
            yield return new(CheckStatus.Fail, Strings.FormatProcessorLacksInstructions(name, Names(setupNeeds), target.Name));
        }

        if (missing.Where(feature => feature.NeededToStart).ToList() is { Count: > 0 } bootNeeds)
        {
            yield return new(CheckStatus.Fail, Strings.FormatProcessorLacksBootInstructions(name, Names(bootNeeds), target.Name));
        }
    }

    private static Requirement? SupportProblem(TargetRequirements target, string name, ProcessorInfo processor, ProcessorJudgement judgement, bool capable) => judgement switch
    {
        { Support: ProcessorSupport.Supported } => null,
        { Support: ProcessorSupport.Unsupported, Group: { } group } => new(CheckStatus.Fail, capable
            ? Strings.FormatProcessorUnsupportedCapable(name, group.Describe(), target.Name)
            : Strings.FormatProcessorUnsupported(name, group.Describe(), target.Name)),
        { Support: ProcessorSupport.DependsOnPc, Group: { } group } => new(CheckStatus.Warn, Strings.FormatProcessorDependsOnPc(name, group.Describe(), target.Name)),
        _ => new(CheckStatus.Warn, Strings.FormatProcessorSupportUnknown(name, target.Name, UnknownReason(processor))),
    };

    private static string UnknownReason(ProcessorInfo processor) => ProcessorVendors.Of(processor) switch
    {
        ProcessorVendor.Other => Strings.ProcessorUnknownMaker,
        ProcessorVendor.Qualcomm => Strings.ProcessorUnknownName,
        _ => Strings.ProcessorUnknownCpuid,
    };

    private static List<Evidence> Evidence(TargetRequirements target, ProcessorInfo processor, ProcessorJudgement judgement)
    {
        var evidence = new List<Evidence>
        {
            new("target", target.Name),
            new("processor", processor.Name.Trim()),
            new("manufacturer", Known(processor.Manufacturer)),
            new("architecture", Known(processor.Architecture)),
            new("family", Known(processor.Family)),
            new("model", Known(processor.Model)),
            new("stepping", Known(processor.Stepping)),
            new("cores", Known(processor.Cores)),
            new("logicalProcessors", processor.LogicalProcessors.ToString(CultureInfo.InvariantCulture)),
            new("maxClockMHz", Known(processor.MaxClockMHz)),
            new("features", processor.Features.Count == 0 ? Strings.EvidenceUnknown : string.Join(' ', processor.Features)),
        };

        if (target.NeedsSupportedProcessor)
        {
            evidence.Add(new("supportRule", judgement.Group?.Describe() ?? Strings.EvidenceNone));
            evidence.Add(new("support", judgement.Support switch
            {
                ProcessorSupport.Supported => Strings.SupportSupported,
                ProcessorSupport.Unsupported => Strings.SupportUnsupported,
                ProcessorSupport.DependsOnPc => Strings.SupportDependsOnPc,
                _ => Strings.EvidenceUnknown,
            }));
        }

        return evidence;
    }

    private static void AddIfAny(List<Requirement> list, Requirement? requirement)
    {
        if (requirement is not null)
        {
            list.Add(requirement);
        }
    }

    private static string Names(IEnumerable<InstructionFeature> features) => string.Join(Strings.ListSeparator, features.Select(feature => feature.Name));

    private static string Gigahertz(int megahertz) => (megahertz / 1000d).ToString("0.0#", CultureInfo.InvariantCulture);

    private static string ArchitectureText(string? architecture) => string.IsNullOrWhiteSpace(architecture) ? Strings.EvidenceUnknown : architecture.Trim();

    private static string Known(string? value) => string.IsNullOrWhiteSpace(value) ? Strings.EvidenceUnknown : value.Trim();

    private static string Known(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Strings.EvidenceUnknown;
}
