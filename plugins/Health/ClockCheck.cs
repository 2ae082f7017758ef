using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health.Resources;

namespace WuToolkit.Plugins.Health;

/// <summary>A clock that is far off breaks what Windows Update relies on: TLS certificate checks against the update
/// servers (0x80072F8F) and Kerberos sign-in, which refuses more than five minutes of skew. Minutes are harmless for
/// updates; hours and days are not.</summary>
[ExportCheck("health.clock", "Clock against a time server", Scenario = Scenario.Both, Tags = ["health", "time", "clock"],
    Settings = typeof(HealthSettings),
    Description = "Compares the machine's clock with an NTP server (health.timeServer) and reads how the Windows Time service is set up: minutes of skew pass, more warns (Kerberos), hours or days fail because TLS certificate checks and Kerberos sign-in fail.")]
public sealed class ClockCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var server = context.Settings.Get(HealthSettings.TimeServer);
        var warnAfter = TimeSpan.FromMinutes(context.Settings.Get(HealthSettings.ClockWarnMinutes));
        var failAfter = TimeSpan.FromMinutes(context.Settings.Get(HealthSettings.ClockFailMinutes));

        var offset = await context.Machine.Clock.GetOffsetAsync(server, cancellationToken).ConfigureAwait(false);
        var time = await TimeService.ReadAsync(context.Machine, cancellationToken).ConfigureAwait(false);

        var skew = Durations.Length(offset.Offset);
        var shown = Durations.Format(offset.Offset);
        var direction = offset.Offset >= TimeSpan.Zero ? Strings.ClockAhead : Strings.ClockBehind;
        var evidence = Evidence(offset, time);

        if (skew >= failAfter)
        {
            return CheckResult.Fail(Strings.FormatClockFar(shown, direction, offset.Server) + ServiceNote(time), evidence, FixIds.ResyncTime);
        }

        if (skew >= warnAfter)
        {
            return CheckResult.Warn(Strings.FormatClockOff(shown, direction, offset.Server) + ServiceNote(time), evidence, FixIds.ResyncTime);
        }

        return new CheckResult { Status = CheckStatus.Pass, Summary = Strings.FormatClockOk(shown, offset.Server), Evidence = evidence };
    }

    /// <summary>Why the clock could drift, when the time service says so: the reason a resync alone may not last.</summary>
    private static string ServiceNote(TimeService time)
    {
        if (time.Service is { IsKnown: true, Value: null })
        {
            return Strings.ClockServiceMissing;
        }

        if (time.Service.Value?.StartType == ServiceStartType.Disabled)
        {
            return Strings.ClockServiceDisabled;
        }

        return string.Equals(time.Type, "NoSync", StringComparison.OrdinalIgnoreCase) ? Strings.ClockServiceNoSync : "";
    }

    private static List<Evidence> Evidence(ClockOffset offset, TimeService time)
    {
        var evidence = new List<Evidence>
        {
            new("server", offset.Server),
            new("offset", Durations.Format(offset.Offset)),
            new("offsetSeconds", offset.Offset.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)),
            new("roundTripMs", offset.RoundTrip.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)),
        };

        if (time.Type is { } type)
        {
            evidence.Add(new("w32time.type", type));
        }

        if (time.NtpServer is { } ntpServer)
        {
            evidence.Add(new("w32time.ntpServer", ntpServer));
        }

        if (time.Service.IsKnown)
        {
            evidence.Add(new("w32time.service", time.Service.Value is { } service
                ? $"{ServiceWords.Of(service.StartType)}{Strings.ListSeparator}{ServiceWords.Of(service.State)}"
                : Strings.EvidenceNotInstalled));
        }

        return evidence;
    }
}
