using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Fixes;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Reports;

/// <summary><c>wutk fix --for-failed --yes --intune</c>: the remediation side, planned on recorded PCs and applied on real
/// folders in a sandbox.</summary>
public class IntuneFixTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);

    [Test]
    public async Task On_a_PC_with_disabled_services_it_plans_the_fix_for_them_in_one_line()
    {
        var result = await Support.Cli.RunAsync("fix", "--for-failed", "--dry-run", "--intune", "--snapshot", Sample("services-disabled.json"));

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(lines, Has.Length.EqualTo(1), result.Output);
        Assert.That(lines[0], Does.StartWith("Planned, not applied (dry run): ").And.Contain("services.restore-defaults planned"));
        Assert.That(lines[0].Length, Is.LessThanOrEqualTo(2048));
    }

    [Test]
    public async Task On_a_healthy_PC_there_is_nothing_to_fix_and_it_exits_0()
    {
        var result = await Support.Cli.RunAsync("fix", "--for-failed", "--dry-run", "--intune", "--snapshot", Sample("healthy-desktop.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { result.Output.TrimEnd('\n', '\r') }));
        Assert.That(result.Output, Does.StartWith("Nothing to fix: "));
    }

    [Test]
    public async Task Applying_to_a_snapshot_is_refused_with_69_before_anything_is_read()
    {
        var result = await Support.Cli.RunAsync("fix", "--for-failed", "--yes", "--intune", "--snapshot", Sample("services-disabled.json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CannotApplyHere));
    }

    [TestCase("fix", "--for-failed", "fixture.move-folders")]
    [TestCase("fix", "--for-failed", "--for", "fixture.folders")]
    [TestCase("fix", "--for-failed", "--intune")]
    public async Task Contradictions_and_an_intune_run_that_would_ask_are_usage_errors(params string[] args)
    {
        using var sandbox = new FixSandbox();

        var result = await sandbox.RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("--"));
    }

    [Test]
    public async Task On_a_real_machine_it_runs_the_addressed_checks_applies_the_fixes_for_the_failed_one_and_says_so()
    {
        using var sandbox = new FixSandbox();

        // The sandbox's check fails while folder a is there; its fixes move a and b aside and create c, gentlest first.
        var result = await sandbox.RunAsync("fix", "--for-failed", "--yes", "--intune", "--timeout", "2");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), result.Output + result.Error);
        Assert.That(sandbox.Folders(), Is.EqualTo(new[] { "a.bak", "b.bak", "c" }));
        Assert.That(lines[0], Does.Contain("fixture.create-marker applied").And.Contain("fixture.move-folders applied").And.Contain("fixture.folders FAIL -> PASS"));
        Assert.That(sandbox.JournalFiles(), Has.Count.EqualTo(2));

        // Whatever else this machine's checks found (no network here, say), the exit code is the line's verdict.
        Assert.That(result.ExitCode, Is.EqualTo(lines[0].StartsWith("Fixed: ", StringComparison.Ordinal) ? 0 : 1));
    }
}
