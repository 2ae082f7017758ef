using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>Where the suite's seeds and regression corpus are in the repository.</summary>
internal static class AdversarialPaths
{
    public static string Seeds { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "WuToolkit.Host.Tests", "Adversarial", "Seeds");

    /// <summary>The regression corpus of one reader: concrete inputs that once failed or are nasty, one file each.</summary>
    public static string Corpus(string reader) => Path.Combine(Seeds, "corpus", reader);

    /// <summary>The corpus files of one reader, for a TestCaseSource (file name as the case's name).</summary>
    public static IEnumerable<TestCaseData> CorpusCases(string reader) =>
        Directory.EnumerateFiles(Corpus(reader))
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(file).SetArgDisplayNames(Path.GetFileName(file)));
}
