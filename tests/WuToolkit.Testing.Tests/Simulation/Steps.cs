using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Testing.Tests.Simulation;

/// <summary>Drives one step at a time, as a fix engine would: prepare, then run, and later undo from what was prepared.</summary>
internal static class Steps
{
    public static async Task<(PreparedStep Prepared, StepOutcome Outcome)> RunAsync(IStepExecutor executor, FixStep step, CancellationToken cancellationToken = default)
    {
        var prepared = await executor.PrepareAsync(step, cancellationToken);
        return (prepared, await executor.ExecuteAsync(prepared, cancellationToken));
    }

    public static StopServiceStep Stop(string name) => new() { ServiceName = name };

    public static StartServiceStep Start(string name) => new() { ServiceName = name };

    public static SetServiceStartTypeStep StartType(string name, ServiceStartType startType) => new() { ServiceName = name, StartType = startType };

    public static RenameFolderStep Rename(string path, string newName) => new() { Path = path, NewName = newName };

    public static CreateFolderStep Create(string path) => new() { Path = path };

    public static SetRegistryValueStep Set(string key, string name, string data) => new() { Key = key, Name = name, Kind = "REG_DWORD", Data = data };

    public static RunProgramStep Run(string program, params string[] arguments) => new() { Program = program, Arguments = arguments };
}
