using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.Support;

/// <summary>What the fix tests describe PCs with: services, folders and files, and the states before and after.</summary>
internal static class FixPcs
{
    public static ServiceInfo Service(string name, ServiceStartType startType, ServiceState state = ServiceState.Running) =>
        new() { Name = name, DisplayName = name, StartType = startType, State = state };

    public static PathInfo Folder(string path, long files = 12) =>
        new() { Path = path, Exists = true, IsDirectory = true, FileCount = files, SizeBytes = files * 1_000_000, NewestWriteUtc = TestPc.DefaultNow.AddDays(-3) };

    public static PathInfo File(string path, long bytes = 1_000_000) =>
        new() { Path = path, Exists = true, FileCount = 1, SizeBytes = bytes, NewestWriteUtc = TestPc.DefaultNow.AddDays(-30) };

    public static PathInfo Absent(string path) => new() { Path = path, Exists = false };

    /// <summary>The service as it is now on a simulated PC.</summary>
    public static ServiceInfo ServiceOn(SimulatedPc pc, string name) =>
        pc.State.Services.Single(service => string.Equals(service.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether something is at <paramref name="path"/> on a simulated PC now.</summary>
    public static bool ExistsOn(SimulatedPc pc, string path) =>
        pc.State.Paths.Any(info => string.Equals(info.Path, path, StringComparison.OrdinalIgnoreCase));

    /// <summary>Plans on a simulated PC and checks that planning asked only: nothing changed, no step ran.</summary>
    public static async Task<FixPlan> PlanWithoutChangeAsync(IFix fix, SimulatedPc pc, params (string Key, string Value)[] settings)
    {
        var before = pc.State;
        var plan = await FixTester.PlanAsync(fix, pc, settings);
        StateAssert.AreEqual(before, pc.State);
        Assert.That(pc.History, Is.Empty, "planning ran a step");
        Assert.That(pc.ProgramsRun, Is.Empty, "planning ran a program");
        return plan;
    }
}
