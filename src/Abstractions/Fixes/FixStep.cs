using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>One typed step of a <see cref="FixPlan"/>. The host knows how to do, verify and undo each kind.</summary>
public abstract record FixStep
{
    /// <summary>Whether the host can undo this step.</summary>
    public virtual bool IsReversible => true;
}

/// <summary>Stops a service (undo: start it again if it was running).</summary>
/// <param name="ServiceName">Short name, such as <c>wuauserv</c>.</param>
public sealed record StopServiceStep(string ServiceName) : FixStep;

/// <summary>Starts a service (undo: stop it again if it was stopped).</summary>
/// <param name="ServiceName">Short name.</param>
public sealed record StartServiceStep(string ServiceName) : FixStep;

/// <summary>Sets a service's start type (undo: restore the previous one).</summary>
/// <param name="ServiceName">Short name.</param>
/// <param name="StartType">The new start type.</param>
public sealed record SetServiceStartTypeStep(string ServiceName, ServiceStartType StartType) : FixStep;

/// <summary>Renames a folder; never overwrites: an existing target gets a unique suffix (undo: rename back).</summary>
/// <param name="Path">The folder, which may use environment variables such as <c>%SystemRoot%</c>.</param>
/// <param name="NewName">The new leaf name, such as <c>SoftwareDistribution.bak</c>.</param>
public sealed record RenameFolderStep(string Path, string NewName) : FixStep;

/// <summary>Sets a registry value (undo: restore the previous data, or delete a value that did not exist).</summary>
/// <param name="Key">Full key path with hive.</param>
/// <param name="Name">Value name.</param>
/// <param name="Kind">Such as <c>REG_DWORD</c>.</param>
/// <param name="Data">Data as text.</param>
public sealed record SetRegistryValueStep(string Key, string Name, string Kind, string Data) : FixStep;

/// <summary>Runs a program with an argument list (never a shell string). Irreversible unless an undo program is given.</summary>
/// <param name="Program">Program path, such as <c>%SystemRoot%\System32\netsh.exe</c>.</param>
/// <param name="Arguments">Arguments, each passed as is.</param>
/// <param name="Undo">A step that reverses this one, when there is such a thing.</param>
public sealed record RunProgramStep(string Program, IReadOnlyList<string> Arguments, RunProgramStep? Undo = null) : FixStep
{
    /// <inheritdoc />
    public override bool IsReversible => Undo is not null;
}
