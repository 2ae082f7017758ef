using WuToolkit.Abstractions.Fixes;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Testing;

/// <summary>How <see cref="FixTester.ProveSafeAsync(IFix, TestPc, SafetyOptions?)"/> sets up each simulated PC.</summary>
public sealed record SafetyOptions
{
    /// <summary>What the PC always does, on every run of the battery, such as
    /// <c>Fault.FolderInUse(WindowsPaths.SoftwareDistribution, "wuauserv")</c>: the PC behaves as Windows does.</summary>
    public IReadOnlyList<Fault> Faults { get; init; } = [];

    /// <summary>The settings the fix reads.</summary>
    public IReadOnlyList<(string Key, string Value)> Settings { get; init; } = [];

    /// <summary>Adjusts the context the fix plans with, such as <c>context =&gt; context with { ManagedBy = ["WSUS"] }</c>;
    /// the engine then leaves out what a managed PC must keep, as the host does.</summary>
    public Func<FixContext, FixContext> Context { get; init; } = context => context;
}
