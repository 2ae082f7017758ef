using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Testing.Tests.Assertions;

/// <summary>The assertions throw a plain exception whose message shows the whole result, so any framework reports it.</summary>
public class ResultAssertTests
{
    private static readonly CheckResult Disabled = CheckResult.Fail(
        "The Print Spooler is disabled",
        [new Evidence("spooler.startType", "Disabled"), new Evidence("spooler.state", "Stopped")],
        "contoso.enable-spooler");

    [Test]
    public void What_holds_passes_silently()
    {
        Assert.That(() =>
        {
            ResultAssert.HasStatus(Disabled, CheckStatus.Fail);
            ResultAssert.HasEvidence(Disabled, "spooler.startType", "Disabled");
            ResultAssert.HasEvidence(Disabled, "spooler.state");
            ResultAssert.NamesFix(Disabled, "contoso.enable-spooler");
            ResultAssert.SummaryContains(Disabled, "disabled");
        }, Throws.Nothing);
    }

    [Test]
    public void A_wrong_status_names_both_and_shows_the_summary_and_evidence()
    {
        Assert.That(() => ResultAssert.HasStatus(Disabled, CheckStatus.Pass), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("expected Pass, but the result is Fail")
            .And.Message.Contains("The Print Spooler is disabled")
            .And.Message.Contains("spooler.startType = Disabled")
            .And.Message.Contains("fixes: contoso.enable-spooler"));
    }

    [Test]
    public void Evidence_that_is_missing_or_different_is_named()
    {
        Assert.That(() => ResultAssert.HasEvidence(Disabled, "spooler.path"), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("expected evidence 'spooler.path'"));
        Assert.That(() => ResultAssert.HasEvidence(Disabled, "spooler.state", "Running"), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("'spooler.state' to be 'Running', but it is 'Stopped'"));
    }

    [Test]
    public void A_fix_not_named_and_a_summary_without_the_text_fail()
    {
        Assert.That(() => ResultAssert.NamesFix(Disabled, "services.restore-defaults"), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("services.restore-defaults"));
        Assert.That(() => ResultAssert.SummaryContains(Disabled, "running"), Throws.TypeOf<AssertionFailedException>()
            .With.Message.Contains("'running'"));
    }

    [Test]
    public void Evidence_by_key_gives_its_value_or_names_the_keys_there_are()
    {
        Assert.That(Disabled.Evidence("spooler.state"), Is.EqualTo("Stopped"));
        Assert.That(() => Disabled.Evidence("spooler.path"), Throws.TypeOf<KeyNotFoundException>()
            .With.Message.Contains("spooler.startType, spooler.state"));
    }
}
