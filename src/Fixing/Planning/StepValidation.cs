using WuToolkit.Abstractions.Fixes;
using WuToolkit.Fixing.Resources;

namespace WuToolkit.Fixing.Planning;

/// <summary>Whether a step is well formed whatever the machine: a rename gives a name in the same folder, a program has
/// a name and success codes, a timeout is positive. A plan with a malformed step is refused whole.</summary>
public static class StepValidation
{
    /// <summary>The registry kinds a <see cref="SetRegistryValueStep"/> may set.</summary>
    public static IReadOnlyList<string> RegistryKinds { get; } =
        ["REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_DWORD", "REG_QWORD", "REG_BINARY"];

    /// <summary>What is wrong with the step, or <see langword="null"/> when nothing is.</summary>
    public static string? Problem(FixStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            StopServiceStep stop => ServiceName(stop.ServiceName) ?? Timeout(stop.Timeout),
            StartServiceStep start => ServiceName(start.ServiceName) ?? Timeout(start.Timeout),
            SetServiceStartTypeStep startType => ServiceName(startType.ServiceName)
                ?? (Enum.IsDefined(startType.StartType) ? null : FixingStrings.FormatInvalidStartType(startType.StartType)),
            SetServiceSecurityStep security => ServiceName(security.ServiceName)
                ?? (string.IsNullOrWhiteSpace(security.Sddl) ? FixingStrings.InvalidSddl : null),
            RenameFolderStep rename => Path(rename.Path) ?? LeafName(rename.NewName),
            RenameFileStep rename => Path(rename.Path) ?? LeafName(rename.NewName),
            CreateFolderStep create => Path(create.Path),
            SetRegistryValueStep set => Registry(set),
            RunProgramStep run => Program(run) ?? (run.Undo is { } undo ? Program(undo) : null),
            CreateRestorePointStep restore => string.IsNullOrWhiteSpace(restore.Description) ? FixingStrings.InvalidRestorePointDescription : null,
            _ => FixingStrings.FormatUnknownStepKind(step.GetType().Name),
        };
    }

    /// <summary>Whether a new name names something in the same folder: not empty, no separator, not a dot or two.</summary>
    public static bool IsLeafName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(['\\', '/', ':']) < 0 && name is not ("." or "..") && name.Trim() == name;

    private static string? ServiceName(string name) =>
        string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['\\', '/']) >= 0 ? FixingStrings.FormatInvalidServiceName(name) : null;

    private static string? Timeout(TimeSpan? timeout) =>
        timeout is { } value && value <= TimeSpan.Zero ? FixingStrings.FormatInvalidTimeout(value) : null;

    private static string? Path(string path) =>
        string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal) ? FixingStrings.FormatInvalidPath(path) : null;

    private static string? LeafName(string name) => IsLeafName(name) ? null : FixingStrings.FormatInvalidNewName(name);

    private static string? Registry(SetRegistryValueStep set)
    {
        var key = ManagedSettings.Normalize(set.Key);
        var hive = key.Split('\\')[0];
        if (hive is not ("HKLM" or "HKCU" or "HKU" or "HKCR") || !key.Contains('\\', StringComparison.Ordinal))
        {
            return FixingStrings.FormatInvalidRegistryKey(set.Key);
        }

        return RegistryKinds.Contains(set.Kind, StringComparer.OrdinalIgnoreCase) ? null : FixingStrings.FormatInvalidRegistryKind(set.Kind, string.Join(", ", RegistryKinds));
    }

    private static string? Program(RunProgramStep run)
    {
        if (string.IsNullOrWhiteSpace(run.Program))
        {
            return FixingStrings.InvalidProgram;
        }

        if (run.SuccessExitCodes.Count == 0)
        {
            return FixingStrings.FormatNoSuccessExitCodes(run.Program);
        }

        return Timeout(run.Timeout);
    }
}
