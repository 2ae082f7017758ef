using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Fixes;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Catalog.Fixes;

public class InstallPackageFixTests
{
    private const string Wusa = @"%SystemRoot%\System32\wusa.exe";
    private const string Dism = @"%SystemRoot%\System32\Dism.exe";
    private const string Msu = @"C:\Users\Ann\Downloads\windows10.0-kb5034441-x64_62c04204fc9a8bd0a5dd8ac9ec6bd9a9f8a4a5d1.msu";
    private const string Cab = @"\\files\updates\Windows11.0-KB5036893-x64.cab";

    private static readonly (string, string) MsuSetting = ("catalog.package", Msu);

    /// <summary>A PC where KB5034441 keeps failing, with the package downloaded by hand.</summary>
    private static readonly TestPc Failing = TestPc.Empty with
    {
        Paths = [File(Msu, 250_000_000), File(Cab, 600_000_000)],
        UpdateHistory =
        [
            History("KB5034441", UpdateOperation.Installation, UpdateResult.Failed, days: 2),
            History("KB5034441", UpdateOperation.Installation, UpdateResult.Failed, days: 9),
        ],
    };

    [Test]
    public async Task Installs_an_msu_with_wusa_and_undoes_it_by_kb()
    {
        var plan = await FixTester.PlanAsync(new InstallPackageFix(), Failing, MsuSetting);

        PlanAssert.Contains(plan, new RunProgramStep
        {
            Program = Wusa,
            Arguments = [Msu, "/quiet", "/norestart"],
            SuccessExitCodes = [0, 3010],
            Undo = new RunProgramStep { Program = Wusa, Arguments = ["/uninstall", "/kb:5034441", "/quiet", "/norestart"], SuccessExitCodes = [0, 3010, 0x240007] },
        });
        var install = (RunProgramStep)plan.Steps.Single();
        Assert.That(install.SuccessExitCodes, Has.No.Member(2359302), "already installed must not count as done: its undo would remove an update that was there");
        Assert.That(install.LongRunning, Is.True);
        Assert.That(install.Timeout, Is.GreaterThan(TimeSpan.FromMinutes(10)));
        Assert.That(install.Reason, Does.Contain("KB5034441").And.Contain("0x240006"));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Notes, Has.One.Contains("never restarts"));
    }

    [Test]
    public async Task Installs_a_cab_with_dism_and_undoes_it_with_dism()
    {
        var plan = await FixTester.PlanAsync(new InstallPackageFix(), Failing, ("catalog.package", Cab));

        PlanAssert.Contains(plan, new RunProgramStep
        {
            Program = Dism,
            Arguments = ["/Online", "/Add-Package", "/PackagePath:" + Cab, "/Quiet", "/NoRestart"],
            SuccessExitCodes = [0, 3010],
            Undo = new RunProgramStep { Program = Dism, Arguments = ["/Online", "/Remove-Package", "/PackagePath:" + Cab, "/Quiet", "/NoRestart"], SuccessExitCodes = [0, 3010] },
        });
    }

    [Test]
    public async Task Planning_only_asks_and_applying_runs_wusa()
    {
        var pc = new SimulatedPc(Failing);
        var plan = await PlanWithoutChangeAsync(new InstallPackageFix(), pc, MsuSetting);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(StepStatus.Done));
        Assert.That(pc.ProgramsRun.Single().Arguments, Is.EqualTo(new[] { Msu, "/quiet", "/norestart" }));
    }

    [TestCase(3010, StepStatus.Done)]
    [TestCase(0x240006, StepStatus.Failed)]
    [TestCase(unchecked((int)0x80240017), StepStatus.Failed)]
    public async Task Wusa_exit_codes(int exitCode, StepStatus expected)
    {
        var pc = new SimulatedPc(Failing, Fault.ProgramExits("wusa.exe", exitCode));
        var plan = await FixTester.PlanAsync(new InstallPackageFix(), pc, MsuSetting);

        var outcomes = await FixTester.ApplyAsync(plan, pc);

        Assert.That(outcomes.Single().Status, Is.EqualTo(expected));
    }

    [Test]
    public async Task An_update_the_history_shows_installed_gets_an_empty_plan_that_says_so()
    {
        var pc = Failing with { UpdateHistory = [History("KB5034441", UpdateOperation.Installation, UpdateResult.Succeeded, days: 1), .. Failing.UpdateHistory!] };

        var plan = await FixTester.PlanAsync(new InstallPackageFix(), pc, MsuSetting);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Notes, Has.One.Contains("KB5034441").And.Contains("installed"));
    }

    [Test]
    public async Task An_update_installed_then_removed_is_installed_again()
    {
        var pc = Failing with
        {
            UpdateHistory =
            [
                History("KB5034441", UpdateOperation.Uninstallation, UpdateResult.Succeeded, days: 1),
                History("KB5034441", UpdateOperation.Installation, UpdateResult.Succeeded, days: 5),
            ],
        };

        var plan = await FixTester.PlanAsync(new InstallPackageFix(), pc, MsuSetting);

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_package_the_machine_cannot_say_about_is_planned_with_a_note()
    {
        var snapshot = Failing with { Paths = [] };

        var plan = await FixTester.PlanAsync(new InstallPackageFix(), snapshot, MsuSetting);

        Assert.That(plan.Steps, Has.Count.EqualTo(1));
        Assert.That(plan.Notes, Has.One.Contains(Msu));
    }

    [TestCase(null, "no default")]
    [TestCase(@"C:\Users\Ann\Downloads\windows10.0-kb5034441-x64.msu", "there is none")]
    [TestCase(@"C:\Users\Ann\Downloads\kb5034441.msu", "there is none")]
    [TestCase(@"windows10.0-kb5034441-x64.msu", "full path")]
    [TestCase(@"%USERPROFILE%\Downloads\windows10.0-kb5034441-x64.msu", "full path")]
    [TestCase(@"C:\Users\Ann\Downloads\windows10.0-kb5034441-x64.exe", ".msu or .cab package")]
    [TestCase(@"C:\Users\Ann\Downloads\update.msu", "KB id")]
    [TestCase(@"C:\Users\Ann\Downloads\kb5034441-and-kb5035845.msu", "not several")]
    [TestCase(@"C:\Users\Ann\Downloads\windows10.0-kb50344410-x64.msu", "KB id")]
    [TestCase(@"C:\Users\Ann\Downloads\a""b-kb5034441.msu", "full path")]
    public async Task A_package_setting_that_cannot_be_installed_is_refused_naming_the_setting(string? path, string expected)
    {
        var pc = Failing with { Paths = [.. Failing.Paths!, Absent(@"C:\Users\Ann\Downloads\windows10.0-kb5034441-x64.msu"), Folder(@"C:\Users\Ann\Downloads\kb5034441.msu")] };
        (string, string)[] settings = path is null ? [] : [("catalog.package", path)];

        var error = await Assert.ThrowsAsync<InvalidSettingException>(() => FixTester.PlanAsync(new InstallPackageFix(), pc, settings));

        Assert.That(error!.Key, Is.EqualTo("catalog.package"));
        Assert.That(error.Message, Does.Contain(expected));
    }

    private static UpdateHistoryEntry History(string kbId, UpdateOperation operation, UpdateResult result, int days) => new()
    {
        Title = $"2024-01 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems ({kbId})",
        KbId = kbId,
        Date = TestPc.DefaultNow.AddDays(-days),
        Operation = operation,
        Result = result,
        HResult = result == UpdateResult.Failed ? unchecked((int)0x80070643) : 0,
    };

    [TestCase(Msu)]
    [TestCase(Cab)]
    public async Task Passes_the_safety_battery(string package)
    {
        var proof = await FixTester.ProveSafeAsync(new InstallPackageFix(), Failing, new SafetyOptions { Settings = [("catalog.package", package)] });

        Assert.That(proof.Operations, Is.EqualTo(1));
    }
}
