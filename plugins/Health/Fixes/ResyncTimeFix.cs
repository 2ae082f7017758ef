using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// Sets the clock from its time source, as <c>w32tm /resync</c> does, after making sure the Windows Time service can
/// run: a disabled service is set back to Manual (Windows' own start type for it) and a stopped one is started, and a
/// service told not to synchronise at all (NoSync) is set to synchronise from its NTP servers, as "Set time
/// automatically" does; the journal undoes all of that. The resync itself cannot be undone and needs no undoing: it only
/// corrects a wrong clock. On a managed PC, or where a policy sets the type, the time configuration is the
/// administrator's and is left alone.
/// </summary>
[ExportFix(FixIds.ResyncTime, "Resynchronise the clock",
    Description = "Makes sure the Windows Time service runs and synchronises (a disabled one is set back to Manual and started, one set to NoSync syncs from its NTP servers again, all reversibly), then sets the clock from its time source with w32tm /resync; warns when the clock is further off than the service corrects at once.",
    Addresses = ["health.clock"], Impact = FixImpact.Gentle, Scenario = Scenario.Both, Settings = typeof(TimeSyncSettings))]
public sealed class ResyncTimeFix : IFix
{
    /// <summary>Where w32time keeps how far it corrects the clock at once (seconds; 0xFFFFFFFF: any distance).</summary>
    public const string ConfigKey = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Config";

    /// <summary>Where the "Configure Windows NTP Client" policy sets the type, which wins over the service's own.</summary>
    public const string PolicyParametersKey = @"HKLM\SOFTWARE\Policies\Microsoft\W32Time\Parameters";

    /// <summary>Windows' own time source, as a new installation sets it.</summary>
    public const string WindowsTimeServer = "time.windows.com,0x9";

    private const uint AnyDistance = uint.MaxValue;

    /// <inheritdoc />
    public async Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var machine = context.Machine;
        var service = await machine.Services.GetAsync(TimeService.ServiceName, cancellationToken).ConfigureAwait(false);
        if (service is null)
        {
            return Omit(FixStrings.ResyncServiceMissing, FixStrings.ResyncServiceMissingNote);
        }

        var steps = new List<FixStep>();
        var type = await Answers.AskAsync(() => machine.Registry.GetValueAsync(TimeService.ParametersKey, "Type", cancellationToken)).ConfigureAwait(false);
        var policy = await Answers.AskAsync(() => machine.Registry.GetValueAsync(PolicyParametersKey, "Type", cancellationToken)).ConfigureAwait(false);
        if (IsNoSync(policy.Value))
        {
            return Omit(FixStrings.ResyncNoSyncByPolicy, FixStrings.ResyncNoSyncNote);
        }

        // A type the policy sets wins over the service's own.
        if (policy.Value is null && IsNoSync(type.Value))
        {
            // A managed PC's time source is its administrator's (a domain syncs from its controllers, not from the Internet).
            if (context.ManagedBy.Count > 0)
            {
                return Omit(FixStrings.FormatResyncNoSyncManaged(string.Join(FixStrings.ListSeparator, context.ManagedBy)), FixStrings.ResyncNoSyncNote);
            }

            steps.AddRange(await SyncAutomaticallyAsync(machine, service, cancellationToken).ConfigureAwait(false));
        }

        if (service.StartType == ServiceStartType.Disabled)
        {
            steps.Add(new SetServiceStartTypeStep { ServiceName = TimeService.ServiceName, StartType = ServiceStartType.Manual, Reason = FixStrings.ResyncEnableReason });
        }

        if (service.State != ServiceState.Running || steps.OfType<StopServiceStep>().Any())
        {
            steps.Add(new StartServiceStep { ServiceName = TimeService.ServiceName, Reason = FixStrings.ResyncStartReason });
        }

        steps.Add(new RunProgramStep
        {
            Program = SystemPrograms.W32tm,
            // /rediscover: a service that has just started has no time source yet, and a plain resync would find none.
            Arguments = ["/resync", "/rediscover"],
            Timeout = TimeSpan.FromMinutes(2),
            Reason = FixStrings.ResyncReason,
        });
        var beyond = await BeyondCorrectionAsync(context, cancellationToken).ConfigureAwait(false);
        return new FixPlan { Steps = steps, Notes = beyond is null ? [] : [beyond] };
    }

    /// <summary>
    /// What "Set time automatically" does on a PC of its own: the time service synchronises from the NTP servers in
    /// NtpServer (Windows' own, time.windows.com, when none is set). A running service reads its configuration when it
    /// starts, so it is stopped to be started again. The journal keeps the values as they were.
    /// </summary>
    private static async Task<IReadOnlyList<FixStep>> SyncAutomaticallyAsync(IMachine machine, ServiceInfo service, CancellationToken cancellationToken)
    {
        var steps = new List<FixStep>
        {
            new SetRegistryValueStep { Key = TimeService.ParametersKey, Name = "Type", Kind = "REG_SZ", Data = "NTP", Reason = FixStrings.ResyncTypeReason },
        };
        var server = await Answers.AskAsync(() => machine.Registry.GetValueAsync(TimeService.ParametersKey, "NtpServer", cancellationToken)).ConfigureAwait(false);
        if (server.IsKnown && string.IsNullOrWhiteSpace(server.Value?.Data))
        {
            steps.Add(new SetRegistryValueStep { Key = TimeService.ParametersKey, Name = "NtpServer", Kind = "REG_SZ", Data = WindowsTimeServer, Reason = FixStrings.ResyncServerReason });
        }

        if (service.State != ServiceState.Stopped)
        {
            steps.Add(new StopServiceStep { ServiceName = TimeService.ServiceName, Reason = FixStrings.ResyncRestartReason });
        }

        return steps;
    }

    private static bool IsNoSync(RegistryValue? type) => string.Equals(type?.Data.Trim(), "NoSync", StringComparison.OrdinalIgnoreCase);

    private static FixPlan Omit(string reason, string note) => new()
    {
        Omitted = [new OmittedStep { Description = FixStrings.ResyncStep, Reason = reason }],
        Notes = [note],
    };

    /// <summary>
    /// The Windows Time service moves the clock at once only within MaxPosPhaseCorrection (clock behind) or
    /// MaxNegPhaseCorrection (clock ahead) seconds, and refuses larger corrections (event 52), however the resync is
    /// asked for. When both the offset and the limit are known and the limit is passed, the plan says so; otherwise
    /// nothing is said rather than guessed.
    /// </summary>
    private static async Task<string?> BeyondCorrectionAsync(FixContext context, CancellationToken cancellationToken)
    {
        var machine = context.Machine;
        var server = context.Settings.Get(TimeSyncSettings.TimeServer);
        var offset = await Answers.AskAsync(() => machine.Clock.GetOffsetAsync(server, cancellationToken)).ConfigureAwait(false);
        if (offset.Value is not { } measured)
        {
            return null;
        }

        var ahead = measured.Offset >= TimeSpan.Zero;
        var name = ahead ? "MaxNegPhaseCorrection" : "MaxPosPhaseCorrection";
        var limit = await Answers.AskAsync(() => machine.Registry.GetValueAsync(ConfigKey, name, cancellationToken)).ConfigureAwait(false);
        if (limit.Value is not { Kind: "REG_DWORD" } value
            || !uint.TryParse(value.Data.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds == AnyDistance
            || Durations.Length(measured.Offset) <= TimeSpan.FromSeconds(seconds))
        {
            return null;
        }

        return FixStrings.FormatResyncBeyondLimit(
            Durations.Format(measured.Offset),
            ahead ? Strings.ClockAhead : Strings.ClockBehind,
            measured.Server,
            Durations.Format(TimeSpan.FromSeconds(seconds)),
            name);
    }
}
