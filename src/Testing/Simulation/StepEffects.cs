using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing.Simulation;

/// <summary>
/// What each kind of fix step, and its undo, does to a simulated PC, as Windows would: a disabled service does not
/// start, a rename never overwrites and fails on a folder in use, a program exits with a code. The faults given to the
/// PC are consulted here. Programs that hang are left to the caller, which must wait outside its lock.
/// </summary>
internal sealed class StepEffects(PcModel model, IReadOnlyList<Fault> faults)
{
    public PreparedStep Prepare(FixStep step)
    {
        switch (step)
        {
            case StopServiceStep stop:
                return PrepareService(step, stop.ServiceName);
            case StartServiceStep start:
                return PrepareService(step, start.ServiceName);
            case SetServiceStartTypeStep startType:
                return PrepareService(step, startType.ServiceName);
            case RenameFolderStep rename:
                return new PreparedStep
                {
                    Step = step,
                    Existed = model.Folder(rename.Path).Exists,
                    MoveTo = IsLeafName(rename.NewName) ? model.FreeName(Sibling(rename.Path, rename.NewName)) : null,
                };
            case RenameFileStep rename:
                return new PreparedStep
                {
                    Step = step,
                    Existed = model.Folder(rename.Path).Exists,
                    MoveTo = IsLeafName(rename.NewName) ? model.FreeName(Sibling(rename.Path, rename.NewName)) : null,
                };
            case SetServiceSecurityStep security:
                return PrepareService(step, security.ServiceName);
            case CreateRestorePointStep:
                return new PreparedStep { Step = step };
            case CreateFolderStep create:
                return new PreparedStep { Step = step, Existed = model.Exists(create.Path) };
            case SetRegistryValueStep set:
                var value = model.Value(set.Key, set.Name);
                return new PreparedStep { Step = step, Existed = value is not null, RegistryValue = value, RegistryKeyExisted = model.KeyExists(set.Key) };
            case RunProgramStep:
                return new PreparedStep { Step = step };
            default:
                throw new NotSupportedException(TestingStrings.FormatUnknownStepKind(step.GetType().Name));
        }
    }

    public StepOutcome Run(PreparedStep prepared) => prepared.Step switch
    {
        StopServiceStep stop => Stop(stop.ServiceName),
        StartServiceStep start => Start(start.ServiceName),
        SetServiceStartTypeStep startType => SetStartType(startType.ServiceName, startType.StartType),
        RenameFolderStep rename => Rename(rename.Path, rename.NewName, prepared.MoveTo),
        RenameFileStep rename => Rename(rename.Path, rename.NewName, prepared.MoveTo),
        SetServiceSecurityStep security => SetSecurity(security.ServiceName, security.Sddl),
        CreateRestorePointStep restorePoint => CreateRestorePoint(restorePoint.Description),
        CreateFolderStep create => Create(create.Path),
        SetRegistryValueStep set => SetValue(set),
        _ => throw new NotSupportedException(TestingStrings.FormatUnknownStepKind(prepared.Step.GetType().Name)),
    };

    public StepOutcome Undo(PreparedStep prepared)
    {
        switch (prepared.Step)
        {
            case StopServiceStep stop when prepared.ServiceState is { } before && before != ServiceState.Stopped
                && model.Service(stop.ServiceName) is { State: ServiceState.Stopped }:
                return Start(stop.ServiceName);
            case StartServiceStep start when prepared.ServiceState == ServiceState.Stopped
                && model.Service(start.ServiceName) is { State: not ServiceState.Stopped }:
                return Stop(start.ServiceName);
            case SetServiceStartTypeStep startType when prepared.StartType is { } before
                && model.Service(startType.ServiceName) is { } service && service.StartType != before:
                return SetStartType(startType.ServiceName, before);
            case RenameFolderStep rename when prepared.Existed && prepared.MoveTo is { } movedTo && model.Exists(movedTo):
                return model.Exists(rename.Path)
                    ? StepOutcome.Failed(TestingStrings.FormatCannotMoveBack(movedTo, rename.Path))
                    : Move(movedTo, rename.Path);
            case RenameFileStep rename when prepared.Existed && prepared.MoveTo is { } movedTo && model.Exists(movedTo):
                return model.Exists(rename.Path)
                    ? StepOutcome.Failed(TestingStrings.FormatCannotMoveBack(movedTo, rename.Path))
                    : Move(movedTo, rename.Path);
            case SetServiceSecurityStep security when prepared.Existed
                && model.Service(security.ServiceName) is { } service && service.SecurityDescriptor != prepared.SecurityDescriptor:
                model.Replace(service with { SecurityDescriptor = prepared.SecurityDescriptor });
                return StepOutcome.Done(TestingStrings.FormatSecurityRestored(security.ServiceName));
            case CreateFolderStep create when !prepared.Existed && model.Exists(create.Path):
                if (!model.IsEmpty(create.Path))
                {
                    return StepOutcome.Unchanged(TestingStrings.FormatFolderNotEmpty(create.Path));
                }

                model.Remove(create.Path);
                return StepOutcome.Done(TestingStrings.FormatFolderRemoved(create.Path));
            case SetRegistryValueStep set when !SameValue(model.Value(set.Key, set.Name), prepared.RegistryValue):
                return Restore(set, prepared);
            default:
                return StepOutcome.Unchanged(TestingStrings.NothingToUndo);
        }
    }

    public bool Hangs(RunProgramStep program) => faults.OfType<ProgramHangsFault>().Any(fault => IsProgram(fault.Program, program.Program));

    public StepOutcome RunProgram(RunProgramStep program, List<ProgramRun> runs)
    {
        var exitCode = faults.OfType<ProgramExitsFault>().LastOrDefault(fault => IsProgram(fault.Program, program.Program))?.ExitCode
            ?? (program.SuccessExitCodes.Count > 0 ? program.SuccessExitCodes[0] : 0);
        runs.Add(new ProgramRun { Program = program.Program, Arguments = program.Arguments, ExitCode = exitCode });
        return program.SuccessExitCodes.Contains(exitCode)
            ? StepOutcome.Done(TestingStrings.FormatProgramExited(program.Program, exitCode)) with { ExitCode = exitCode }
            : StepOutcome.Failed(TestingStrings.FormatProgramFailed(program.Program, exitCode)) with { ExitCode = exitCode };
    }

    private PreparedStep PrepareService(FixStep step, string name)
    {
        var service = model.Service(name);
        return new PreparedStep
        {
            Step = step,
            Existed = service is not null,
            ServiceState = service?.State,
            StartType = service?.StartType,
            SecurityDescriptor = service?.SecurityDescriptor,
        };
    }

    private StepOutcome Stop(string name)
    {
        if (model.Service(name) is not { } service)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAbsent(name));
        }

        if (service.State == ServiceState.Stopped)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAlreadyStopped(name));
        }

        if (faults.OfType<ServiceWontStopFault>().FirstOrDefault(fault => Same(fault.Service, name)) is { } wontStop)
        {
            return StepOutcome.Failed(wontStop.Reason ?? TestingStrings.FormatServiceWouldNotStop(name));
        }

        model.Replace(service with { State = ServiceState.Stopped });
        return StepOutcome.Done(TestingStrings.FormatServiceStopped(name));
    }

    private StepOutcome Start(string name)
    {
        if (model.Service(name) is not { } service)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAbsent(name));
        }

        if (service.State == ServiceState.Running)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAlreadyRunning(name));
        }

        if (service.StartType == ServiceStartType.Disabled)
        {
            return StepOutcome.Failed(TestingStrings.FormatServiceDisabled(name));
        }

        if (faults.OfType<ServiceWontStartFault>().FirstOrDefault(fault => Same(fault.Service, name)) is { } wontStart)
        {
            return StepOutcome.Failed(wontStart.Reason ?? TestingStrings.FormatServiceWouldNotStart(name));
        }

        model.Replace(service with { State = ServiceState.Running });
        return StepOutcome.Done(TestingStrings.FormatServiceStarted(name));
    }

    private StepOutcome SetStartType(string name, ServiceStartType startType)
    {
        if (model.Service(name) is not { } service)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAbsent(name));
        }

        if (service.StartType == startType)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatStartTypeAlready(name, startType));
        }

        model.Replace(service with { StartType = startType });
        return StepOutcome.Done(TestingStrings.FormatStartTypeSet(name, startType));
    }

    private StepOutcome Rename(string path, string newName, string? movedTo)
    {
        if (!IsLeafName(newName))
        {
            return StepOutcome.Failed(TestingStrings.FormatNotALeafName(newName));
        }

        if (!model.Folder(path).Exists)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatFolderAbsent(path));
        }

        var target = movedTo ?? model.FreeName(Sibling(path, newName));
        return model.Exists(target)
            ? StepOutcome.Failed(TestingStrings.FormatTargetTaken(path, target))
            : Move(path, target);
    }

    private StepOutcome SetSecurity(string name, string sddl)
    {
        if (model.Service(name) is not { } service)
        {
            return StepOutcome.Unchanged(TestingStrings.FormatServiceAbsent(name));
        }

        if (string.Equals(service.SecurityDescriptor, sddl, StringComparison.Ordinal))
        {
            return StepOutcome.Unchanged(TestingStrings.FormatSecurityAlready(name));
        }

        model.Replace(service with { SecurityDescriptor = sddl });
        return StepOutcome.Done(TestingStrings.FormatSecuritySet(name));
    }

    private StepOutcome CreateRestorePoint(string description)
    {
        if (model.Restore is { ProtectionEnabled: false })
        {
            return StepOutcome.Failed(TestingStrings.ProtectionOff);
        }

        model.AddRestorePoint(new RestorePointInfo { CreatedUtc = model.Now, Description = description });
        return StepOutcome.Done(TestingStrings.FormatRestorePointCreated(description));
    }

    /// <summary>Moves a folder unless a fault stops it.</summary>
    private StepOutcome Move(string from, string to)
    {
        if (faults.OfType<RenameFailsFault>().FirstOrDefault(fault => Same(fault.Path, from)) is { } fails)
        {
            return StepOutcome.Failed(fails.Reason ?? TestingStrings.FormatRenameFailed(from));
        }

        if (faults.OfType<FolderInUseFault>().FirstOrDefault(fault => Same(fault.Path, from) && model.Service(fault.Service)?.State is ServiceState.Running) is { } inUse)
        {
            return StepOutcome.Failed(TestingStrings.FormatFolderInUse(from, inUse.Service));
        }

        model.Move(from, to);
        return StepOutcome.Done(TestingStrings.FormatFolderMoved(from, to));
    }

    private StepOutcome Create(string path)
    {
        if (model.Exists(path))
        {
            return StepOutcome.Unchanged(TestingStrings.FormatFolderExists(path));
        }

        model.CreateFolder(path);
        return StepOutcome.Done(TestingStrings.FormatFolderCreated(path));
    }

    private StepOutcome SetValue(SetRegistryValueStep set)
    {
        var wanted = new RegistryValue { Key = set.Key, Name = set.Name, Kind = set.Kind, Data = set.Data };
        if (SameValue(model.Value(set.Key, set.Name), wanted))
        {
            return StepOutcome.Unchanged(TestingStrings.FormatRegistryValueAlready(set.Key, set.Name));
        }

        model.SetValue(wanted);
        return StepOutcome.Done(TestingStrings.FormatRegistryValueSet(set.Key, set.Name));
    }

    private StepOutcome Restore(SetRegistryValueStep set, PreparedStep prepared)
    {
        if (prepared.RegistryValue is { } before)
        {
            model.SetValue(before);
        }
        else
        {
            model.DeleteValue(set.Key, set.Name);
        }

        if (!prepared.RegistryKeyExisted)
        {
            model.RemoveKeyIfEmpty(set.Key);
        }

        return StepOutcome.Done(TestingStrings.FormatRegistryValueRestored(set.Key, set.Name));
    }

    private static bool SameValue(RegistryValue? current, RegistryValue? wanted) =>
        current is null || wanted is null
            ? current is null && wanted is null
            : string.Equals(current.Kind, wanted.Kind, StringComparison.OrdinalIgnoreCase) && string.Equals(current.Data, wanted.Data, StringComparison.Ordinal);

    private static bool IsLeafName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(['\\', '/']) < 0 && name is not ("." or "..");

    private static string Sibling(string path, string name)
    {
        var trimmed = path.TrimEnd('\\', '/');
        var cut = trimmed.LastIndexOfAny(['\\', '/']);
        return cut < 0 ? name : trimmed[..(cut + 1)] + name;
    }

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    /// <summary>A fault's program matches the program as a step names it, or its file name alone.</summary>
    private static bool IsProgram(string faulty, string program) =>
        Same(faulty, program) || Same(FileName(faulty), FileName(program));

    private static string FileName(string path) => path[(path.LastIndexOfAny(['\\', '/']) + 1)..];
}
