namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>What standard error may hold after a hostile input: whole lines, each one problem ("error: …" or
/// "warning: …", after a usage error at most the usage hint last), and never a stack trace.</summary>
internal static class StandardError
{
    public const string UsageHint = "See 'wutk --help'.";

    /// <summary>The lines of standard error (split where a terminal or a script splits them: at CR and LF).</summary>
    public static IReadOnlyList<string> Lines(string error) =>
        error.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();

    /// <summary>Fails unless every line is one problem and none is a stack frame.</summary>
    public static IReadOnlyList<string> AssertProblemLines(string error, bool usageHintAllowed = false)
    {
        if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("--- End of", StringComparison.Ordinal))
        {
            throw new AssertionException("a stack trace on standard error:\n" + error);
        }

        var lines = Lines(error);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var hint = usageHintAllowed && i == lines.Count - 1 && line == UsageHint;
            if (!hint && !line.StartsWith("error: ", StringComparison.Ordinal) && !line.StartsWith("warning: ", StringComparison.Ordinal))
            {
                throw new AssertionException($"standard error line {i + 1} is not a problem of its own (a message broken over lines?): '{line}' in:\n{error}");
            }

            if (line.Contains('\r', StringComparison.Ordinal))
            {
                throw new AssertionException($"a carriage return inside standard error line {i + 1}: '{line}'");
            }
        }

        return lines;
    }

    /// <summary>Fails unless standard error is exactly one "error: …" line that contains <paramref name="naming"/>.</summary>
    public static string AssertOneError(string error, string naming)
    {
        var lines = AssertProblemLines(error);
        if (lines.Count != 1 || !lines[0].StartsWith("error: ", StringComparison.Ordinal) || !lines[0].Contains(naming, StringComparison.Ordinal))
        {
            throw new AssertionException($"expected one 'error: ' line naming '{naming}', got:\n{error}");
        }

        return lines[0];
    }
}
