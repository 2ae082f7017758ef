namespace WuToolkit.Host.Tests.Plugins;

/// <summary>A check that cannot even be created (its constructor throws inside MEF) is that check's Error row, with
/// the plugin's own message; loading, listing and the other checks are untouched.</summary>
public class ThrowingConstructorTests
{
    [Test]
    public async Task A_check_whose_constructor_throws_is_one_error_row_with_its_message()
    {
        var error = await MisbehavingCheckRun.RunAndGetTheErrorRowAsync("ThrowingConstructor");

        Assert.That(error.Id, Is.EqualTo("throwingconstructor.broken"));
        Assert.That(error.Summary, Is.EqualTo("the check crashed: InvalidOperationException: the vendor licence file is missing"));
    }
}
