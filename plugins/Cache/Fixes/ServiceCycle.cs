using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Resources;

namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>
/// The update services stopped before their folders move and started again after, in an order that works: the Update
/// Orchestrator first, or it starts Windows Update again half-way; Delivery Optimization before the download folder
/// moves, as it writes there too; Cryptographic Services last, as catroot2 is its own. They start again in reverse order.
/// A service this Windows does not have (UsoSvc and DoSvc came with Windows 10) is left out; a disabled one is stopped
/// but not started, since starting it would fail and roll the whole reset back.
/// </summary>
internal sealed record ServiceCycle
{
    /// <summary>A service busy installing takes a while to stop; longer than the host's minute, shorter than forever.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The order the services stop in, with why each stops.</summary>
    private static readonly IReadOnlyList<(string Name, string Reason)> StopOrder =
    [
        ("UsoSvc", Strings.StopUsoSvc),
        ("DoSvc", Strings.StopDoSvc),
        ("wuauserv", Strings.StopWuauserv),
        ("BITS", Strings.StopBits),
        ("CryptSvc", Strings.StopCryptSvc),
    ];

    /// <summary>The stops, in order.</summary>
    public required IReadOnlyList<StopServiceStep> Stops { get; init; }

    /// <summary>The starts, in reverse order of the stops.</summary>
    public required IReadOnlyList<StartServiceStep> Starts { get; init; }

    /// <summary>What the plan's reader should know (a disabled service left stopped).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The names this plan stops, as Windows spells them: <c>UsoSvc, DoSvc, wuauserv, BITS, CryptSvc</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. StopOrder.Select(service => service.Name)];

    /// <summary>Whether the plan stops <paramref name="name"/> (it exists here, or this machine cannot tell).</summary>
    public bool Includes(string name) => Stops.Any(stop => string.Equals(stop.ServiceName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Asks the machine which of the services exist and which are disabled.</summary>
    public static async Task<ServiceCycle> PlanAsync(IServiceQueries services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var stops = new List<StopServiceStep>();
        var starts = new List<StartServiceStep>();
        var notes = new List<string>();
        foreach (var (name, reason) in StopOrder)
        {
            var (known, service) = await AskAsync(services, name, cancellationToken).ConfigureAwait(false);
            if (known && service is null)
            {
                continue;
            }

            stops.Add(new StopServiceStep { ServiceName = name, Timeout = StopTimeout, Reason = reason });
            if (service?.StartType == ServiceStartType.Disabled)
            {
                notes.Add(Strings.FormatDisabledLeftStopped(name));
                continue;
            }

            starts.Insert(0, new StartServiceStep { ServiceName = name, Timeout = StartTimeout, Reason = Strings.StartAgain });
        }

        return new ServiceCycle { Stops = stops, Starts = starts, Notes = notes };
    }

    /// <summary>The service, and whether the machine could say: a snapshot that never recorded it cannot, and the step
    /// stays in the plan for the PC itself to decide (a service it does not have is skipped there).</summary>
    private static async Task<(bool Known, ServiceInfo? Service)> AskAsync(IServiceQueries services, string name, CancellationToken cancellationToken)
    {
        try
        {
            return (true, await services.GetAsync(name, cancellationToken).ConfigureAwait(false));
        }
        catch (QuestionUnansweredException)
        {
            return (false, null);
        }
    }
}
