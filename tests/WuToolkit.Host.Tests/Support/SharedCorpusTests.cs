using NUnit.Framework.Internal;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Support;

/// <summary>
/// The decision every corpus test takes (the same source in both test projects), tried on folders of its own so the
/// real corpus stays where it is: a corpus that is there is read; a missing one means "not run, and why" on a
/// developer's clone and a failure where <c>WUTK_REQUIRE_CORPUS=1</c>.
/// </summary>
public class SharedCorpusTests
{
    [TestCase(null)]
    [TestCase("1")]
    public void A_corpus_that_is_there_is_read(string? variable)
    {
        using var temp = new TempFolder();

        Assert.That(SharedCorpus.Absence(temp.Path, variable), Is.Null);
        Assert.That(SharedCorpus.Require(temp.Path, variable), Is.EqualTo(temp.Path));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    public void Without_the_variable_a_missing_corpus_means_not_run_naming_the_folder(string? variable)
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("shared", "corpus");

        var absence = SharedCorpus.Absence(missing, variable);
        var ignored = Assert.Throws<IgnoreException>(() => SharedCorpus.Require(missing, variable));

        Assert.That(absence, Is.Not.Null);
        Assert.That(absence!.IsFailure, Is.False);
        Assert.That(absence.Message, Does.Contain(missing).And.Contain(SharedCorpus.RequireVariable + "=1"));
        Assert.That(ignored.Message, Is.EqualTo(absence.Message));
    }

    [TestCase("1")]
    [TestCase("true")]
    public void With_the_variable_a_missing_corpus_is_a_failure_naming_the_folder(string variable)
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("shared", "corpus");

        var absence = SharedCorpus.Absence(missing, variable);
        Exception? failure;
        // The failure the helper reports would fail this test too: it is caught in a result of its own.
        using (new TestExecutionContext.IsolatedContext())
        {
            failure = Assert.Catch(() => SharedCorpus.Require(missing, variable));
        }

        Assert.That(absence, Is.Not.Null);
        Assert.That(absence!.IsFailure, Is.True);
        Assert.That(absence.Message, Does.Contain(missing).And.Contain(SharedCorpus.RequireVariable));
        Assert.That(failure, Is.InstanceOf<AssertionException>().With.Message.EqualTo(absence.Message));
    }

    [Test]
    public void The_real_corpus_is_looked_for_beside_the_repository()
    {
        Assert.That(SharedCorpus.Root, Is.EqualTo(Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "corpus"))));
    }
}
