using System.Text.Json;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Schemas;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Fixes;

/// <summary><c>wutk fix</c> end to end on real folders in a temporary place: every way it can end, with its exit code.</summary>
public class FixCommandTests
{
    private FixSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox() => _sandbox = new FixSandbox();

    [TearDown]
    public void DeleteSandbox() => _sandbox.Dispose();

    [Test]
    public async Task Without_a_fix_or_a_check_it_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("fix");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("wutk list --fixes"));
    }

    [Test]
    public async Task An_unknown_fix_is_a_usage_error_naming_the_fixes_there_are()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.nope", "--dry-run");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("fixture.nope").And.Contain("fixture.move-folders"));
    }

    [Test]
    public async Task Fixes_and_for_together_are_a_usage_error()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.move-folders", "--for", "fixture.folders");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public async Task A_setting_no_check_or_fix_declares_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.move-folders", "--dry-run", "--set", "fixture.nope=1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("fixture.nope"));
    }

    [Test]
    public async Task A_dry_run_shows_the_plan_in_words_and_changes_nothing()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.move-folders", "--dry-run");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("Rename the folder " + Path.Combine(_sandbox.Root, "a") + " to a.bak")
            .And.Contain("why: a is in the way")
            .And.Contain("A note for the reader."));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(_sandbox.JournalFiles(), Is.Empty);
    }

    [Test]
    public async Task Applied_with_yes_the_folders_move_the_journal_records_it_and_the_addressed_check_passes_after()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak" }));
        Assert.That(File.ReadAllText(Path.Combine(_sandbox.Root, "a.bak", "file.txt")), Is.EqualTo("a"), "moved, not recreated");
        Assert.That(_sandbox.JournalFiles(), Has.Count.EqualTo(1));
        Assert.That(result.Output, Does.Contain("Applied fixture.move-folders").And.Contain("fixture.folders: FAIL -> PASS"));
    }

    [Test]
    public async Task Asked_and_approved_it_applies_asked_and_declined_or_unanswered_it_changes_nothing()
    {
        var declined = await _sandbox.RunAsync(["fix", "fixture.move-folders"], input: "n\n");
        var unanswered = await _sandbox.RunAsync(["fix", "fixture.move-folders"], input: "");

        Assert.That(declined.ExitCode, Is.EqualTo(ExitCodes.NotApproved));
        Assert.That(unanswered.ExitCode, Is.EqualTo(ExitCodes.NotApproved));
        Assert.That(declined.Error, Does.Contain("Apply fixture.move-folders (3 step(s)) to this PC? [y/N]"));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(_sandbox.JournalFiles(), Is.Empty);

        var approved = await _sandbox.RunAsync(["fix", "fixture.move-folders"], input: "y\n");

        Assert.That(approved.ExitCode, Is.EqualTo(ExitCodes.Ok), approved.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak" }));
    }

    [Test]
    public async Task A_second_run_after_the_first_keeps_the_first_backup_and_uses_a_unique_name()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        Directory.CreateDirectory(Path.Combine(_sandbox.Root, "a"));
        Directory.CreateDirectory(Path.Combine(_sandbox.Root, "b"));

        var second = await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.Error);
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "a.bak.1", "b.bak", "b.bak.1" }));
        Assert.That(File.ReadAllText(Path.Combine(_sandbox.Root, "a.bak", "file.txt")), Is.EqualTo("a"));
    }

    [Test]
    public async Task A_step_that_fails_rolls_back_what_ran_and_says_so()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.fails", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.FixFailed));
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(result.Output, Does.Contain("failed at step 2").And.Contain("restored: 1."));
    }

    [Test]
    public async Task A_fix_that_cannot_plan_is_reported_and_nothing_changes()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.broken", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.FixFailed));
        Assert.That(result.Error, Does.Contain("the fixture cannot plan"));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task A_fix_that_needs_elevation_is_refused_when_not_elevated_before_anything_changes()
    {
        var refused = await _sandbox.RunAsync("fix", "fixture.needs-admin", "--yes");

        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.NeedsElevation));
        Assert.That(refused.Error, Does.Contain("elevat"));
        Assert.That(Directory.Exists(Path.Combine(_sandbox.Root, "d")), Is.False);
        Assert.That(_sandbox.JournalFiles(), Is.Empty);

        var elevated = await _sandbox.RunAsync(["fix", "fixture.needs-admin", "--yes"], elevated: true);

        Assert.That(elevated.ExitCode, Is.EqualTo(ExitCodes.Ok), elevated.Error);
        Assert.That(Directory.Exists(Path.Combine(_sandbox.Root, "d")), Is.True);
    }

    [Test]
    public async Task A_dry_run_needs_no_elevation()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.needs-admin", "--dry-run");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Windows has services: the step would really run there")]
    public async Task A_plan_with_services_is_refused_on_a_machine_without_them_before_anything_changes()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.restart-service", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotApplyHere));
        Assert.That(result.Output, Does.Contain("no Windows services"));
        Assert.That(result.Error, Does.Contain("cannot be applied on this machine"));
        Assert.That(_sandbox.JournalFiles(), Is.Empty);
    }

    [Test]
    public async Task Steps_that_cannot_be_undone_are_said_before_asking()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.restart-service", "--dry-run");

        Assert.That(result.Output, Does.Contain("[cannot be undone]").And.Contain("[long]").And.Contain("Steps 3 cannot be undone"));
    }

    [Test]
    public async Task Applying_to_a_snapshot_is_refused_and_a_dry_run_on_one_reviews_the_plan()
    {
        var sample = Directory.EnumerateFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal).First();

        var refused = await _sandbox.RunAsync("fix", "fixture.restart-service", "--snapshot", sample, "--yes");
        var reviewed = await _sandbox.RunAsync("fix", "fixture.restart-service", "--snapshot", sample, "--dry-run");

        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.CannotApplyHere));
        Assert.That(refused.Error, Does.Contain("--dry-run"));
        Assert.That(reviewed.ExitCode, Is.EqualTo(ExitCodes.Ok), reviewed.Error);
        Assert.That(reviewed.Output, Does.Contain("Stop the service wuauserv").And.Contain("review only"));
    }

    [Test]
    public async Task On_a_managed_pc_the_policy_step_is_left_out_with_the_reason()
    {
        var managed = Directory.EnumerateFiles(TestPaths.Samples, "*wsus*.json").First();

        var result = await _sandbox.RunAsync("fix", "fixture.restart-service", "--snapshot", managed, "--dry-run", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var machine = json.RootElement.GetProperty("machine");
        Assert.That(machine.GetProperty("managedBy").EnumerateArray().Select(e => e.GetString()), Does.Contain("WSUS"));
        var plan = json.RootElement.GetProperty("fixes")[0].GetProperty("plan");
        Assert.That(plan.GetProperty("steps").GetArrayLength(), Is.EqualTo(3));
        var omitted = plan.GetProperty("omitted")[0];
        Assert.That(omitted.GetProperty("description").GetString(), Does.Contain("NoAutoUpdate"));
        Assert.That(omitted.GetProperty("reason").GetString(), Does.Contain("WSUS"));
        Assert.That(omitted.GetProperty("managedPc").GetBoolean(), Is.True);
    }

    [Test]
    public async Task For_a_check_that_passes_nothing_is_proposed()
    {
        Directory.Move(Path.Combine(_sandbox.Root, "a"), Path.Combine(_sandbox.Root, "elsewhere"));

        var result = await _sandbox.RunAsync("fix", "--for", "fixture.folders", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output, Does.Contain("nothing to fix"));
        Assert.That(_sandbox.JournalFiles(), Is.Empty);
    }

    [Test]
    public async Task For_a_failed_check_the_gentlest_fix_comes_first_and_the_next_only_while_the_check_still_fails()
    {
        var result = await _sandbox.RunAsync("fix", "--for", "fixture.folders", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var gentle = result.Output.IndexOf("Fix fixture.create-marker", StringComparison.Ordinal);
        var moderate = result.Output.IndexOf("Fix fixture.move-folders", StringComparison.Ordinal);
        Assert.That(gentle, Is.GreaterThanOrEqualTo(0));
        Assert.That(moderate, Is.GreaterThan(gentle));
        Assert.That(result.Output, Does.Not.Contain("Fix fixture.needs-admin"), "it addresses no failed check");
        Assert.That(_sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak", "c" }));
    }

    [Test]
    public async Task For_an_unknown_check_it_is_a_usage_error()
    {
        var result = await _sandbox.RunAsync("fix", "--for", "fixture.nope");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public async Task With_a_restore_point_asked_for_the_plan_starts_with_one_which_a_machine_without_System_Restore_cannot_take()
    {
        var result = await _sandbox.RunAsync("fix", "fixture.move-folders", "--restore-point", "--dry-run");

        Assert.That(result.Output, Does.Contain("Create a restore point"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(result.Output, Does.Contain("no System Restore"));
        }
    }

    [Test]
    public async Task The_json_of_a_dry_run_and_of_an_application_validate_against_fix_v1()
    {
        var planned = await _sandbox.RunAsync("fix", "fixture.move-folders", "fixture.restart-service", "--dry-run", "--format", "json");
        var applied = await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes", "--format", "json");
        var failed = await _sandbox.RunAsync("fix", "fixture.fails", "--yes", "--format", "json");
        var forCheck = await _sandbox.RunAsync("fix", "--for", "fixture.folders", "--dry-run", "--format", "json");

        foreach (var result in new[] { planned, applied, failed, forCheck })
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Fix, result.Output), Is.Empty, result.Output);
        }

        using var json = JsonDocument.Parse(applied.Output);
        var fix = json.RootElement.GetProperty("fixes")[0];
        Assert.That(fix.GetProperty("status").GetString(), Is.EqualTo("applied"));
        Assert.That(fix.GetProperty("result").GetProperty("steps")[0].GetProperty("movedTo").GetString(), Is.EqualTo(Path.Combine(_sandbox.Root, "a.bak")));
        Assert.That(fix.GetProperty("verification")[0].GetProperty("after").GetString(), Is.EqualTo("pass"));
        Assert.That(json.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(applied.ExitCode));
    }

    [Test]
    public async Task The_journal_written_validates_line_by_line_against_journal_v1()
    {
        await _sandbox.RunAsync("fix", "fixture.move-folders", "--yes");
        await _sandbox.RunAsync("fix", "fixture.fails", "--yes");
        await _sandbox.RunAsync("undo", "--yes");

        var lines = _sandbox.JournalFiles().SelectMany(File.ReadAllLines).ToList();

        Assert.That(lines, Has.Count.GreaterThan(10));
        foreach (var line in lines)
        {
            Assert.That(SchemaFiles.Errors(SchemaFiles.Journal, line), Is.Empty, line);
        }
    }
}
