using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Machines.Snapshots;

namespace WuToolkit.Plugins.Tests.Support;

/// <summary>Runs one check against an in-memory snapshot of a PC.</summary>
internal static class CheckHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A snapshot with nothing recorded, to be filled with <c>with { … }</c>.</summary>
    public static SnapshotDocument EmptyPc { get; } = new()
    {
        Format = SnapshotDocument.FormatName,
        Version = SnapshotDocument.CurrentVersion,
        CollectedUtc = Now,
    };

    public static Task<CheckResult> RunAsync(ICheck check, SnapshotDocument pc, params (string Key, string Value)[] settings) =>
        check.RunAsync(
            new CheckContext { Machine = new SnapshotMachine(pc), Settings = new KeyValueSettings(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))), Scenario = Scenario.Both, Logger = NullLogger.Instance },
            CancellationToken.None);

    public static string Evidence(this CheckResult result, string key) =>
        result.Evidence.Single(e => e.Key == key).Value;
}
