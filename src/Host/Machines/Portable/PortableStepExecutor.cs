using WuToolkit.Abstractions.Fixes;
using WuToolkit.Host.Machines.Steps;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Portable;

/// <summary>
/// Performs, for real and on any OS, the steps .NET can take anywhere: renaming folders and files (never over anything:
/// the new name gets a number when taken), creating folders, and running programs with an argument list. Services,
/// the registry, security descriptors and restore points are Windows's: this machine says it cannot, so a plan with them
/// is refused whole before anything changes. Paths may use environment variables; a Windows path on another OS is
/// refused the same way.
/// </summary>
public sealed class PortableStepExecutor : IStepExecutor
{
    private readonly ProgramRunner _programs = new();

    public string? ReasonCannotPerform(FixStep fixStep) => fixStep switch
    {
        StopServiceStep or StartServiceStep or SetServiceStartTypeStep or SetServiceSecurityStep => StepStrings.NoServices,
        SetRegistryValueStep => StepStrings.NoRegistry,
        CreateRestorePointStep => StepStrings.NoRestorePoints,
        RenameFolderStep rename => ForeignPath(rename.Path),
        RenameFileStep rename => ForeignPath(rename.Path),
        CreateFolderStep create => ForeignPath(create.Path),
        _ => null,
    };

    public Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixStep);
        return Task.FromResult(fixStep switch
        {
            RenameFolderStep rename => FileSystemSteps.PrepareRename(fixStep, rename.Path, rename.NewName),
            RenameFileStep rename => FileSystemSteps.PrepareRename(fixStep, rename.Path, rename.NewName),
            CreateFolderStep create => new PreparedStep { Step = fixStep, Existed = FileSystemSteps.Exists(FileSystemSteps.Expand(create.Path)) },
            RunProgramStep => new PreparedStep { Step = fixStep },
            _ => throw new NotSupportedException(ReasonCannotPerform(fixStep) ?? fixStep.GetType().Name),
        });
    }

    public Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return prepared.Step switch
        {
            RenameFolderStep or RenameFileStep => Task.FromResult(FileSystemSteps.Rename(prepared)),
            CreateFolderStep create => Task.FromResult(FileSystemSteps.Create(create.Path)),
            RunProgramStep run => _programs.RunAsync(run, cancellationToken),
            _ => throw new NotSupportedException(ReasonCannotPerform(prepared.Step) ?? prepared.Step.GetType().Name),
        };
    }

    public Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return prepared.Step switch
        {
            RenameFolderStep or RenameFileStep => Task.FromResult(FileSystemSteps.UndoRename(prepared)),
            CreateFolderStep create => Task.FromResult(FileSystemSteps.UndoCreate(create.Path, prepared.Existed)),
            RunProgramStep { Undo: { } undo } => _programs.RunAsync(undo, cancellationToken),
            RunProgramStep run => Task.FromResult(Abstractions.Fixes.StepOutcome.Unchanged(StepStrings.FormatProgramNoUndo(run.Program))),
            _ => throw new NotSupportedException(ReasonCannotPerform(prepared.Step) ?? prepared.Step.GetType().Name),
        };
    }

    private static string? ForeignPath(string path) =>
        !OperatingSystem.IsWindows() && (FileSystemSteps.Expand(path).Contains('%', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
            ? StepStrings.FormatWindowsPath(path)
            : null;
}
