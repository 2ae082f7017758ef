using WuToolkit.Host.Isolation;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>How an isolated plugin's process ended, in words a row can carry.</summary>
public class ExitDescriptionTests
{
    [TestCase(134, "an abort (exit code 134")]
    [TestCase(139, "a segmentation fault (exit code 139")]
    [TestCase(137, "a kill (exit code 137")]
    [TestCase(0, "exit code 0")]
    [TestCase(3, "exit code 3")]
    public void Unix_exit_codes_name_the_signal(int code, string expected)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False);

        Assert.That(ExitDescription.Of(code), Does.StartWith(expected));
    }
}
