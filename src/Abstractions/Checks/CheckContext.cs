using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Abstractions.Checks;

/// <summary>Everything a check may use: the machine to ask, the user's settings and a logger.</summary>
/// <remarks>Members are init properties so that later 1.x versions can add some without breaking anyone who builds
/// a context (a test, a host).</remarks>
public sealed record CheckContext
{
    /// <summary>The PC under diagnosis (live, snapshot or simulated).</summary>
    public required IMachine Machine { get; init; }

    /// <summary>Values such as thresholds and endpoints, set by the user or defaulted by the check.</summary>
    public required ISettings Settings { get; init; }

    /// <summary>The scenario the user asked about; <see cref="Checks.Scenario.Both"/> when not narrowed.</summary>
    public Scenario Scenario { get; init; } = Scenario.Both;

    /// <summary>Whether the user asked for deep checks (<c>wutk run --deep</c>): slow questions, such as a component
    /// store scan, may be asked.</summary>
    public bool Deep { get; init; }

    /// <summary>What the loaded error catalogs know of a code; knows nothing when the context was built without them.</summary>
    public IErrorCodeLookup ErrorCodes { get; init; } = NoErrorCodes.Instance;

    private sealed class NoErrorCodes : IErrorCodeLookup
    {
        public static NoErrorCodes Instance { get; } = new();

        public ErrorCode? Find(uint code) => null;
    }

    /// <summary>A logger named after the check; its output goes to standard error.</summary>
    public required ILogger Logger { get; init; }
}
