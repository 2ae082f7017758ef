using System.Runtime.CompilerServices;

namespace WuToolkit.Plugins.Tests;

/// <summary>The plugins' tests use what every plugin author has, the test kit, and never the host's internals, so they
/// show how a plugin is tested and do not break when the host is reshaped.</summary>
public class HostIndependenceTests
{
    [Test]
    public void No_test_uses_the_host()
    {
        var root = SourceFolder();
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file))
            .Where(file => !file.StartsWith("bin", StringComparison.Ordinal) && !file.StartsWith("obj", StringComparison.Ordinal))
            .Where(file => file != nameof(HostIndependenceTests) + ".cs")
            .Where(file => File.ReadAllText(Path.Combine(root, file)).Contains("WuToolkit.Host", StringComparison.Ordinal))
            .ToList();

        Assert.That(offenders, Is.Empty, "use the test kit; a test of the host belongs with the host's tests");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
