using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Fixes;

/// <summary>
/// A step with what the PC was like before it ran: everything undoing it needs, read by
/// <see cref="IStepExecutor.PrepareAsync"/> before the step runs, so that a journal written first can undo it after a
/// crash. Each member applies to the kinds of step it names and is left empty by the others.
/// </summary>
public sealed record PreparedStep
{
    /// <summary>The step.</summary>
    public required FixStep Step { get; init; }

    /// <summary>Whether what the step changes existed before: the service (service steps), the folder or file (rename, create)
    /// or the registry value (<see cref="SetRegistryValueStep"/>).</summary>
    public bool Existed { get; init; }

    /// <summary>Service steps: the service's state before.</summary>
    public ServiceState? ServiceState { get; init; }

    /// <summary>Service steps: the service's start type before.</summary>
    public ServiceStartType? StartType { get; init; }

    /// <summary><see cref="RenameFolderStep"/> and <see cref="RenameFileStep"/>: the path after the rename, chosen before it runs: the step's new
    /// name, or that name with a number (<c>SoftwareDistribution.bak.1</c>) when the name is taken, so nothing is
    /// overwritten.</summary>
    public string? MoveTo { get; init; }

    /// <summary><see cref="SetRegistryValueStep"/>: the value before, or <see langword="null"/> when it did not exist.</summary>
    public RegistryValue? RegistryValue { get; init; }

    /// <summary><see cref="SetServiceSecurityStep"/>: the service's security descriptor before, in SDDL.</summary>
    public string? SecurityDescriptor { get; init; }

    /// <summary><see cref="SetRegistryValueStep"/>: whether the value's key existed before (a key the step creates is
    /// removed again by undoing it, if nothing else is in it).</summary>
    public bool RegistryKeyExisted { get; init; } = true;
}
