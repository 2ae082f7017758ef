using System.Globalization;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Fixtures.FolderFixes;

/// <summary>The settings: the folder the fixes work in, and how long the program between the renames blocks.</summary>
public static class FolderSettings
{
    public static readonly TextSetting Root = new("fixture.root", "The folder whose subfolders a and b the fixes move.", "/nonexistent");

    public static readonly NumberSetting Pause = new("fixture.pause", "Seconds the program between the renames blocks.", 0) { Minimum = 0, Maximum = 600 };
}

/// <summary>Fails while <c>a</c> is in the root folder: what <c>fixture.move-folders</c> repairs.</summary>
[ExportCheck("fixture.folders", "Folders a and b are moved aside", Settings = typeof(FolderSettings), NeedsElevation = false)]
public sealed class FoldersCheck : ICheck
{
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var root = context.Settings.Find(FolderSettings.Root.Key) ?? FolderSettings.Root.Default;
        var a = await context.Machine.Storage.GetPathAsync(Path.Combine(root, "a"), cancellationToken).ConfigureAwait(false);
        return a.Exists
            ? CheckResult.Fail("a is still there", [], "fixture.move-folders")
            : CheckResult.Pass("a is moved aside");
    }
}

/// <summary>Moves <c>a</c> and <c>b</c> aside, with a program that blocks between the two renames (so a test can kill
/// wutk half-way).</summary>
[ExportFix("fixture.move-folders", "Move folders a and b aside", NeedsElevation = false, Impact = FixImpact.Moderate,
    Addresses = ["fixture.folders"], UndoFixId = "fixture.put-back", Settings = typeof(FolderSettings))]
public sealed class MoveFoldersFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        var root = context.Settings.Find(FolderSettings.Root.Key) ?? FolderSettings.Root.Default;
        var pause = context.Settings.Find(FolderSettings.Pause.Key) ?? "0";
        return Task.FromResult(new FixPlan
        {
            Steps =
            [
                new RenameFolderStep { Path = Path.Combine(root, "a"), NewName = "a.bak", Reason = "a is in the way" },
                Block(pause),
                new RenameFolderStep { Path = Path.Combine(root, "b"), NewName = "b.bak" },
            ],
            Notes = ["A note for the reader."],
        });
    }

    /// <summary>A program that waits, on any OS, with an argument list and nothing outside loopback.</summary>
    public static RunProgramStep Block(string seconds) =>
        OperatingSystem.IsWindows()
            ? new RunProgramStep
            {
                Program = "ping",
                Arguments = ["-n", (int.Parse(seconds, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture), "127.0.0.1"],
                Undo = new RunProgramStep { Program = "ping", Arguments = ["-n", "1", "127.0.0.1"] },
            }
            : new RunProgramStep { Program = "sleep", Arguments = [seconds], Undo = new RunProgramStep { Program = "true" } };
}

/// <summary>Gentler than moving folders: creates <c>c</c> in the root (for --for's order), needing no elevation.</summary>
[ExportFix("fixture.create-marker", "Create folder c", NeedsElevation = false, Impact = FixImpact.Gentle, Addresses = ["fixture.folders"], Settings = typeof(FolderSettings))]
public sealed class CreateMarkerFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new FixPlan { Steps = [new CreateFolderStep { Path = Path.Combine(context.Settings.Find(FolderSettings.Root.Key) ?? FolderSettings.Root.Default, "c") }] });
}

/// <summary>Needs elevation (to test the refusal).</summary>
[ExportFix("fixture.needs-admin", "Create folder d as an administrator", Impact = FixImpact.Gentle, Settings = typeof(FolderSettings))]
public sealed class NeedsAdminFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new FixPlan { Steps = [new CreateFolderStep { Path = Path.Combine(context.Settings.Find(FolderSettings.Root.Key) ?? FolderSettings.Root.Default, "d") }] });
}

/// <summary>Stops a service and sets a policy value (a machine without services refuses it; a managed PC leaves the
/// policy out).</summary>
[ExportFix("fixture.restart-service", "Restart the update service", NeedsElevation = false, Impact = FixImpact.Heavy)]
public sealed class RestartServiceFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new FixPlan
        {
            Steps =
            [
                new StopServiceStep { ServiceName = "wuauserv" },
                new SetRegistryValueStep { Key = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU", Name = "NoAutoUpdate", Kind = "REG_DWORD", Data = "0" },
                new RunProgramStep { Program = "sfc.exe", Arguments = ["/scannow"], LongRunning = true },
                new StartServiceStep { ServiceName = "wuauserv" },
            ],
        });
}

/// <summary>Throws while planning.</summary>
[ExportFix("fixture.broken", "A fix that cannot plan", NeedsElevation = false)]
public sealed class BrokenFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the fixture cannot plan");
}

/// <summary>A program that fails, after a rename: the rename is rolled back.</summary>
[ExportFix("fixture.fails", "Move a aside, then fail", NeedsElevation = false, Settings = typeof(FolderSettings))]
public sealed class FailingFix : IFix
{
    public Task<FixPlan> PlanAsync(FixContext context, CancellationToken cancellationToken)
    {
        var root = context.Settings.Find(FolderSettings.Root.Key) ?? FolderSettings.Root.Default;
        return Task.FromResult(new FixPlan
        {
            Steps =
            [
                new RenameFolderStep { Path = Path.Combine(root, "a"), NewName = "a.bak" },
                OperatingSystem.IsWindows()
                    ? new RunProgramStep { Program = "cmd.exe", Arguments = ["/c", "exit", "3"] }
                    : new RunProgramStep { Program = "false" },
            ],
        });
    }
}
