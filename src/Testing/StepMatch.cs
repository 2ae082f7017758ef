using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Testing;

/// <summary>Whether two steps do the same thing: service names, paths, registry keys and names and programs compare as
/// Windows compares them, ignoring case; data, arguments and exit codes exactly.</summary>
internal static class StepMatch
{
    public static bool Same(FixStep? left, FixStep? right) => (left, right) switch
    {
        (null, null) => true,
        (StopServiceStep a, StopServiceStep b) => Text(a.ServiceName, b.ServiceName),
        (StartServiceStep a, StartServiceStep b) => Text(a.ServiceName, b.ServiceName),
        (SetServiceStartTypeStep a, SetServiceStartTypeStep b) => Text(a.ServiceName, b.ServiceName) && a.StartType == b.StartType,
        (RenameFolderStep a, RenameFolderStep b) => Text(a.Path, b.Path) && Text(a.NewName, b.NewName),
        (CreateFolderStep a, CreateFolderStep b) => Text(a.Path, b.Path),
        (SetRegistryValueStep a, SetRegistryValueStep b) =>
            Text(a.Key, b.Key) && Text(a.Name, b.Name) && Text(a.Kind, b.Kind) && string.Equals(a.Data, b.Data, StringComparison.Ordinal),
        (RunProgramStep a, RunProgramStep b) =>
            Text(a.Program, b.Program)
            && a.Arguments.SequenceEqual(b.Arguments, StringComparer.Ordinal)
            && a.SuccessExitCodes.SequenceEqual(b.SuccessExitCodes)
            && Same(a.Undo, b.Undo),
        _ => false,
    };

    private static bool Text(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
