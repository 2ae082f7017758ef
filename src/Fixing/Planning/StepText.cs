using System.Globalization;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Planning;

/// <summary>Each kind of step in words, as a plan shows it to the person who approves it.</summary>
public static class StepText
{
    /// <summary>What the step does, in one sentence.</summary>
    public static string Describe(FixStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            StopServiceStep stop => FixingStrings.FormatStepStopService(stop.ServiceName),
            StartServiceStep start => FixingStrings.FormatStepStartService(start.ServiceName),
            SetServiceStartTypeStep startType => FixingStrings.FormatStepSetStartType(startType.ServiceName, StartTypeName(startType.StartType)),
            SetServiceSecurityStep security => FixingStrings.FormatStepSetSecurity(security.ServiceName, security.Sddl),
            RenameFolderStep rename => FixingStrings.FormatStepRenameFolder(rename.Path, rename.NewName),
            RenameFileStep rename => FixingStrings.FormatStepRenameFile(rename.Path, rename.NewName),
            CreateFolderStep create => FixingStrings.FormatStepCreateFolder(create.Path),
            SetRegistryValueStep set => FixingStrings.FormatStepSetRegistryValue(set.Key, set.Name.Length == 0 ? FixingStrings.DefaultValueName : set.Name, set.Kind, set.Data),
            RunProgramStep run => FixingStrings.FormatStepRunProgram(CommandLine(run)),
            CreateRestorePointStep restore => FixingStrings.FormatStepCreateRestorePoint(restore.Description),
            _ => step.GetType().Name,
        };
    }

    /// <summary>How undoing the step would restore the PC, or why it cannot be undone.</summary>
    public static string DescribeUndo(FixStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            StopServiceStep => FixingStrings.UndoStopService,
            StartServiceStep => FixingStrings.UndoStartService,
            SetServiceStartTypeStep => FixingStrings.UndoSetStartType,
            SetServiceSecurityStep => FixingStrings.UndoSetSecurity,
            RenameFolderStep or RenameFileStep => FixingStrings.UndoRename,
            CreateFolderStep => FixingStrings.UndoCreateFolder,
            SetRegistryValueStep => FixingStrings.UndoSetRegistryValue,
            RunProgramStep { Undo: { } undo } => FixingStrings.FormatUndoRunProgram(CommandLine(undo)),
            _ => FixingStrings.UndoNotPossible,
        };
    }

    /// <summary>A program and its arguments as one line (for reading only: arguments are passed as a list, never
    /// through a shell); an argument with a space or a quote is quoted.</summary>
    public static string CommandLine(RunProgramStep run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return string.Join(' ', new[] { run.Program }.Concat(run.Arguments).Select(Quote));
    }

    /// <summary>A start type as <c>sc.exe</c> names it.</summary>
    public static string StartTypeName(Abstractions.Machine.ServiceStartType startType) => startType switch
    {
        Abstractions.Machine.ServiceStartType.AutomaticDelayed => "delayed-auto",
        Abstractions.Machine.ServiceStartType.Automatic => "auto",
        Abstractions.Machine.ServiceStartType.Manual => "demand",
        _ => startType.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Quote(string word) =>
        word.Length == 0 || word.Any(c => char.IsWhiteSpace(c) || c == '"') ? "\"" + word.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : word;
}
