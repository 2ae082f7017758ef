using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>
/// Sets the clock from its time source, as <c>w32tm /resync</c> does, after making sure the Windows Time service can
/// run: a disabled service is set back to Manual (Windows' own start type for it) and a stopped one is started, both
/// undone by the journal. The resync itself cannot be undone and needs no undoing: it only corrects a wrong clock. It
/// changes no time configuration (the source, the type), which on a domain is the administrator's.
/// </summary>
[ExportFix(FixIds.ResyncTime, "Resynchronise the clock",
    Description = "Makes sure the Windows Time service runs (a disabled one is set back to Manual and started, reversibly), then sets the clock from its time source with w32tm /resync; warns when the clock is further off than the service corrects at once.",
    Addresses = ["health.clock"], Impact = FixImpact.Gentle, Scenario = Scenario.Both, Settings = typeof(TimeSyncSettings))]
public sealed class ResyncTimeFix : IFix
{
    /// <summary>Where w32time keeps how far it corrects the clock at once (seconds; 0xFFFFFFFF: any distance).</summary>
    public const string ConfigKey = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Config";

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

        var type = await Answers.AskAsync(() => machine.Registry.GetValueAsync(TimeService.ParametersKey, "Type", cancellationToken)).ConfigureAwait(false);
        if (string.Equals(type.Value?.Data.Trim(), "NoSync", StringComparison.OrdinalIgnoreCase))
        {
            return Omit(FixStrings.ResyncNoSync, FixStrings.ResyncNoSyncNote);
        }

        var steps = new List<FixStep>();
        if (service.StartType == ServiceStartType.Disabled)
        {
            steps.Add(new SetServiceStartTypeStep { ServiceName = TimeService.ServiceName, StartType = ServiceStartType.Manual, Reason = FixStrings.ResyncEnableReason });
        }

        if (service.State != ServiceState.Running)
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
