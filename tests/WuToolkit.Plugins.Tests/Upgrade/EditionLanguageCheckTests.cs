using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class EditionLanguageCheckTests
{
    private const string CurrentVersion = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";
    private const string Language = @"HKLM\SYSTEM\CurrentControlSet\Control\Nls\Language";

    private static TestPc Pc(string edition, string languageId, string installationType = "Client") =>
        CheckHarness.EmptyPc with
        {
            Registry =
            [
                new() { Key = CurrentVersion, Name = "EditionID", Kind = "REG_SZ", Data = edition },
                new() { Key = CurrentVersion, Name = "InstallationType", Kind = "REG_SZ", Data = installationType },
                new() { Key = Language, Name = "InstallLanguage", Kind = "REG_SZ", Data = languageId },
            ],
        };

    [Test]
    public async Task Without_the_media_it_passes_naming_what_the_media_must_match()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Professional", "0409"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("edition Professional").And.Contain("language en-US").And.Contain("same language and a compatible edition"));
        Assert.That(result.Evidence("installLanguage"), Is.EqualTo("en-US"));
        Assert.That(result.Evidence("installLanguageId"), Is.EqualTo("0409"));
        Assert.That(result.Evidence("mediaEdition"), Is.EqualTo("not set"));
    }

    [Test]
    public async Task Media_of_the_same_edition_and_language_passes()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Professional", "0411"), ("upgrade.mediaEdition", "Pro"), ("upgrade.mediaLanguage", "ja-jp"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("keep apps and files"));
        Assert.That(result.Evidence("mediaEdition"), Is.EqualTo("Professional"));
        Assert.That(result.Evidence("mediaLanguage"), Is.EqualTo("ja-JP"));
        Assert.That(result.Evidence("installLanguage"), Is.EqualTo("ja-JP"));
    }

    [Test]
    public async Task Media_in_another_language_fails()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Professional", "0409"), ("upgrade.mediaLanguage", "it-IT"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("in it-IT but Windows was installed in en-US").And.Contain("get media in en-US"));
    }

    [Test]
    public async Task English_international_media_is_not_English_US()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Core", "0409"), ("upgrade.mediaLanguage", "en-GB"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
    }

    [TestCase("Core", "Pro", CheckStatus.Warn, "product key")]
    [TestCase("Professional", "Enterprise", CheckStatus.Warn, "product key")]
    [TestCase("Professional", "Home", CheckStatus.Fail, "removes apps")]
    [TestCase("ProfessionalN", "Pro", CheckStatus.Fail, "removes apps")]
    [TestCase("Core", "Enterprise", CheckStatus.Fail, "cannot upgrade")]
    [TestCase("Education", "Pro", CheckStatus.Fail, "cannot upgrade")]
    [TestCase("Professional", "Enterprise LTSC", CheckStatus.Fail, "cannot upgrade")]
    [TestCase("EnterpriseS", "Enterprise", CheckStatus.Warn, "product key")]
    [TestCase("CoreSingleLanguage", "Home", CheckStatus.Warn, "no upgrade path")]
    [TestCase("ServerStandard", "Professional", CheckStatus.Warn, "no upgrade path")]
    public async Task Editions_follow_Microsofts_upgrade_paths(string installed, string media, CheckStatus expected, string words)
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc(installed, "0409"), ("upgrade.mediaEdition", media));

        Assert.That(result.Status, Is.EqualTo(expected), result.Summary);
        Assert.That(result.Summary, Does.Contain(words));
    }

    [Test]
    public async Task Both_mismatches_are_named_at_once()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Professional", "0407"), ("upgrade.mediaEdition", "Home"), ("upgrade.mediaLanguage", "en-US"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("de-DE").And.Contain("removes apps"));
    }

    [TestCase("zz")]
    [TestCase("ffffffff")]
    [TestCase("7fffffff")]
    [TestCase("0000")]
    public async Task An_unreadable_install_language_warns_instead_of_failing(string languageId)
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Professional", languageId), ("upgrade.mediaLanguage", "en-US"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("installLanguage"), Is.EqualTo(languageId));
    }

    [Test]
    public async Task A_healthy_Home_PC_with_matching_media_passes()
    {
        var result = await CheckHarness.RunAsync(new EditionLanguageCheck(), Pc("Core", "0411"), ("upgrade.mediaEdition", "Home"), ("upgrade.mediaLanguage", "ja-JP"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_the_registry_values_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new EditionLanguageCheck(), CheckHarness.EmptyPc));
    }
}
