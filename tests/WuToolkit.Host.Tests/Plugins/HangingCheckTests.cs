namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A check that never finishes and ignores its cancellation token cannot hold the run: after
/// <c>--timeout</c> it is one Error row that says so, and the run ends.</summary>
[Category("Slow")]
public class HangingCheckTests
{
    [Test]
    public async Task A_check_that_hangs_is_one_error_row_after_the_timeout()
    {
        var error = await MisbehavingCheckRun.RunAndGetTheErrorRowAsync("HangingCheck", "--timeout", "1");

        Assert.That(error.Id, Is.EqualTo("hangingcheck.stuck"));
        Assert.That(error.Summary, Is.EqualTo("the check did not finish within 1 s and was stopped"));
    }
}
