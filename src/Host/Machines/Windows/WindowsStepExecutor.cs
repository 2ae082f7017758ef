using System.Runtime.Versioning;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// Performs fix steps on the live Windows PC: services, start types, security descriptors, the registry and restore
/// points here, files, folders and programs as the portable machine does. Thin: what each answer means lives in
/// Machines/Parsing, tested on every OS; the engine journals what this did.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsStepExecutor(PortableStepExecutor files, TimeSpan defaultServiceTimeout) : IStepExecutor
{
    private readonly WindowsServices _services = new();

    public string? ReasonCannotPerform(FixStep fixStep) => fixStep switch
    {
        RenameFolderStep or RenameFileStep or CreateFolderStep or RunProgramStep => files.ReasonCannotPerform(fixStep),
        _ => null,
    };

    public async Task<PreparedStep> PrepareAsync(FixStep fixStep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixStep);
        switch (fixStep)
        {
            case StopServiceStep stop:
                return await PrepareServiceAsync(fixStep, stop.ServiceName, security: false, cancellationToken).ConfigureAwait(false);
            case StartServiceStep start:
                return await PrepareServiceAsync(fixStep, start.ServiceName, security: false, cancellationToken).ConfigureAwait(false);
            case SetServiceStartTypeStep startType:
                return await PrepareServiceAsync(fixStep, startType.ServiceName, security: false, cancellationToken).ConfigureAwait(false);
            case SetServiceSecurityStep security:
                return await PrepareServiceAsync(fixStep, security.ServiceName, security: true, cancellationToken).ConfigureAwait(false);
            case SetRegistryValueStep set:
                var value = WindowsRegistry.Read(set.Key, set.Name);
                return new PreparedStep { Step = fixStep, Existed = value is not null, RegistryValue = value, RegistryKeyExisted = WindowsRegistryWriter.KeyExists(set.Key) };
            case CreateRestorePointStep:
                return new PreparedStep { Step = fixStep };
            default:
                return await files.PrepareAsync(fixStep, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<StepOutcome> ExecuteAsync(PreparedStep prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return prepared.Step switch
        {
            StopServiceStep stop => await WindowsServiceControl.StopAsync(stop.ServiceName, stop.Timeout ?? defaultServiceTimeout, cancellationToken).ConfigureAwait(false),
            StartServiceStep start => await WindowsServiceControl.StartAsync(start.ServiceName, start.Timeout ?? defaultServiceTimeout, cancellationToken).ConfigureAwait(false),
            SetServiceStartTypeStep startType => prepared.StartType is { } current
                ? WindowsServiceControl.SetStartType(startType.ServiceName, current, startType.StartType)
                : StepOutcome.Unchanged(Resources.StepStrings.FormatServiceAbsent(startType.ServiceName)),
            SetServiceSecurityStep security => prepared.Existed
                ? await WindowsServiceControl.SetSecurityAsync(security.ServiceName, security.Sddl, cancellationToken).ConfigureAwait(false)
                : StepOutcome.Unchanged(Resources.StepStrings.FormatServiceAbsent(security.ServiceName)),
            SetRegistryValueStep set => WindowsRegistryWriter.Set(set.Key, set.Name, set.Kind, set.Data),
            CreateRestorePointStep restore => await WindowsRestorePointCreator.CreateAsync(restore.Description, cancellationToken).ConfigureAwait(false),
            _ => await files.ExecuteAsync(prepared, cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<StepOutcome> UndoAsync(PreparedStep prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var now = prepared.Step switch
        {
            StopServiceStep stop => await _services.GetAsync(stop.ServiceName, cancellationToken).ConfigureAwait(false),
            StartServiceStep start => await _services.GetAsync(start.ServiceName, cancellationToken).ConfigureAwait(false),
            SetServiceStartTypeStep startType => await _services.GetAsync(startType.ServiceName, cancellationToken).ConfigureAwait(false),
            SetServiceSecurityStep security => await _services.GetAsync(security.ServiceName, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return prepared.Step switch
        {
            StopServiceStep stop when prepared.ServiceState is { } before && before != ServiceState.Stopped && now is { State: ServiceState.Stopped } =>
                await WindowsServiceControl.StartAsync(stop.ServiceName, stop.Timeout ?? defaultServiceTimeout, cancellationToken).ConfigureAwait(false),
            StartServiceStep start when prepared.ServiceState == ServiceState.Stopped && now is { State: not ServiceState.Stopped } =>
                await WindowsServiceControl.StopAsync(start.ServiceName, start.Timeout ?? defaultServiceTimeout, cancellationToken).ConfigureAwait(false),
            SetServiceStartTypeStep startType when prepared.StartType is { } before && now is { } service && service.StartType != before =>
                WindowsServiceControl.SetStartType(startType.ServiceName, service.StartType, before),
            SetServiceSecurityStep security when prepared.Existed && prepared.SecurityDescriptor is { } before && now is not null =>
                await WindowsServiceControl.SetSecurityAsync(security.ServiceName, before, cancellationToken).ConfigureAwait(false),
            SetRegistryValueStep set => WindowsRegistryWriter.Restore(set, prepared),
            StopServiceStep or StartServiceStep or SetServiceStartTypeStep or SetServiceSecurityStep or CreateRestorePointStep =>
                StepOutcome.Unchanged(Resources.StepStrings.NothingToUndo),
            _ => await files.UndoAsync(prepared, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<PreparedStep> PrepareServiceAsync(FixStep step, string name, bool security, CancellationToken cancellationToken)
    {
        var service = await _services.GetAsync(name, cancellationToken).ConfigureAwait(false);
        var descriptor = security && service is not null ? await WindowsServiceControl.ReadSecurityAsync(name, cancellationToken).ConfigureAwait(false) : null;
        if (security && service is not null && descriptor is null)
        {
            // Without the old descriptor in the journal the step could not be undone: it does not run.
            throw new InvalidOperationException(Resources.StepStrings.FormatSecurityUnreadable(name));
        }

        return new PreparedStep
        {
            Step = step,
            Existed = service is not null,
            ServiceState = service?.State,
            StartType = service?.StartType,
            SecurityDescriptor = descriptor,
        };
    }
}
