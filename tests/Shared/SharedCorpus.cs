namespace WuToolkit.Tests.Shared;

/// <summary>
/// The corpus of real logs and code tables, ../shared/corpus beside the repository, and the one decision every
/// corpus test takes when it is not there: on anyone's fresh clone the test is not run and says why; where
/// <c>WUTK_REQUIRE_CORPUS=1</c> (CI) a missing corpus is a failure, so it is never skipped silently there.
/// This file is linked into every test project (tests/Directory.Build.props).
/// </summary>
internal static class SharedCorpus
{
    public const string RequireVariable = "WUTK_REQUIRE_CORPUS";

    /// <summary>Where the corpus belongs, whether it is there or not (for test sources, which must not assert).</summary>
    public static string Root { get; } = Locate();

    /// <summary>The corpus folder, for a test that reads it; when it is missing the test ends here, not run or failed.</summary>
    public static string Require() => Require(Root, Environment.GetEnvironmentVariable(RequireVariable));

    /// <summary>A file or folder of the corpus, for a test that reads it (see <see cref="Require()"/>).</summary>
    public static string Require(string relative) => Path.Combine(Require(), relative);

    internal static string Require(string root, string? requireVariable)
    {
        if (Absence(root, requireVariable) is { } absence)
        {
            if (absence.IsFailure)
            {
                Assert.Fail(absence.Message);
            }

            Assert.Ignore(absence.Message);
        }

        return root;
    }

    /// <summary>Why the corpus cannot be read, and whether that fails the test; null when it is there.</summary>
    internal static CorpusAbsence? Absence(string root, string? requireVariable)
    {
        if (Directory.Exists(root))
        {
            return null;
        }

        var required = requireVariable is "1" || string.Equals(requireVariable, "true", StringComparison.OrdinalIgnoreCase);
        return required
            ? new CorpusAbsence($"The shared corpus is missing: {root} ({RequireVariable}={requireVariable} requires it beside the repository as ../shared/corpus).", IsFailure: true)
            : new CorpusAbsence($"Not run: the shared corpus is missing at {root} (../shared/corpus beside the repository). Set {RequireVariable}=1 to make this a failure.", IsFailure: false);
    }

    /// <summary>The repository is the folder above the test assembly that holds WuToolkit.sln.</summary>
    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WuToolkit.sln")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus"));
            }
        }

        throw new DirectoryNotFoundException($"No WuToolkit.sln above {AppContext.BaseDirectory}, so the shared corpus cannot be placed.");
    }
}

/// <summary>The corpus is not there: the message a test reports, and whether it fails rather than not running.</summary>
internal sealed record CorpusAbsence(string Message, bool IsFailure);
