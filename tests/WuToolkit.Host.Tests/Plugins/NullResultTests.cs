namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A check that returns null instead of a result is one Error row that says the result was invalid.</summary>
public class NullResultTests
{
    [Test]
    public async Task A_check_that_returns_null_is_one_error_row()
    {
        var error = await MisbehavingCheckRun.RunAndGetTheErrorRowAsync("NullResult");

        Assert.That(error.Id, Is.EqualTo("nullresult.empty"));
        Assert.That(error.Summary, Does.StartWith("the check returned an invalid result"));
    }
}
