namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A check that throws from RunAsync is one Error row that names the exception and its message.</summary>
public class ThrowingCheckTests
{
    [Test]
    public async Task A_check_that_throws_is_one_error_row_with_its_message()
    {
        var error = await MisbehavingCheckRun.RunAndGetTheErrorRowAsync("ThrowingCheck");

        Assert.That(error.Id, Is.EqualTo("throwingcheck.broken"));
        Assert.That(error.Summary, Is.EqualTo("the check crashed: InvalidOperationException: the vendor registry key vanished"));
    }
}
