using System.CommandLine;
using WuToolkit.Host.Reports;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>Who a run's report speaks of: the PC's name (or its salted hash with <c>--redact</c>) and a new run id, so
/// that a fleet's JSON lines, results and bundles can be told apart and joined.</summary>
internal static class RunIdentity
{
    /// <summary>A <c>--redact</c> option with <paramref name="description"/>.</summary>
    public static Option<bool> RedactOption(string description) => new("--redact") { Description = description };

    /// <summary>The report with its host (hashed with the fleet's salt when <paramref name="redact"/>) and a new run id.</summary>
    public static RunReport Stamp(RunReport report, string? host, bool redact, HostEnvironment environment) => report with
    {
        Host = host is { Length: > 0 } ? (redact ? HostIdentity.Hash(host, environment.GetVariable(HostIdentity.SaltVariable)) : host) : null,
        HostRedacted = redact && host is { Length: > 0 },
        RunId = Guid.NewGuid().ToString(),
    };
}
