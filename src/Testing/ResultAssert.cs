using WuToolkit.Abstractions.Checks;
using WuToolkit.Testing.Resources;

namespace WuToolkit.Testing;

/// <summary>
/// Assertions on a check's result that any test framework reports: each throws <see cref="AssertionFailedException"/>
/// with the whole result in its message when it does not hold.
/// <code>
/// var result = await CheckTester.RunAsync(new SpoolerCheck(), pc);
/// ResultAssert.HasStatus(result, CheckStatus.Fail);
/// ResultAssert.HasEvidence(result, "spooler.startType", "Disabled");
/// ResultAssert.NamesFix(result, "contoso.enable-spooler");
/// </code>
/// </summary>
public static class ResultAssert
{
    /// <summary>The result has this status.</summary>
    public static void HasStatus(CheckResult result, CheckStatus expected)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != expected)
        {
            throw new AssertionFailedException(TestingStrings.FormatWrongStatus(expected, result.Status, Describe.Result(result)));
        }
    }

    /// <summary>The result has evidence with this key and exactly this value.</summary>
    public static void HasEvidence(CheckResult result, string key, string expectedValue)
    {
        ArgumentNullException.ThrowIfNull(result);
        var found = result.Evidence.Where(evidence => evidence.Key == key).Select(evidence => evidence.Value).ToList();
        if (found.Count == 0)
        {
            throw new AssertionFailedException(TestingStrings.FormatMissingEvidence(key, Describe.Result(result)));
        }

        if (!found.Contains(expectedValue, StringComparer.Ordinal))
        {
            throw new AssertionFailedException(TestingStrings.FormatWrongEvidence(key, expectedValue, string.Join(", ", found), Describe.Result(result)));
        }
    }

    /// <summary>The result has evidence with this key, whatever its value.</summary>
    public static void HasEvidence(CheckResult result, string key)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Evidence.Any(evidence => evidence.Key == key))
        {
            throw new AssertionFailedException(TestingStrings.FormatMissingEvidence(key, Describe.Result(result)));
        }
    }

    /// <summary>The result names this fix.</summary>
    public static void NamesFix(CheckResult result, string fixId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.FixIds.Contains(fixId, StringComparer.Ordinal))
        {
            throw new AssertionFailedException(TestingStrings.FormatMissingFix(fixId, Describe.Result(result)));
        }
    }

    /// <summary>The summary contains <paramref name="text"/> (compared exactly, case included).</summary>
    public static void SummaryContains(CheckResult result, string text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        if (!result.Summary.Contains(text, StringComparison.Ordinal))
        {
            throw new AssertionFailedException(TestingStrings.FormatSummaryLacks(text, Describe.Result(result)));
        }
    }
}
