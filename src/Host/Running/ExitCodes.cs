namespace WuToolkit.Host.Running;

/// <summary>
/// The documented, stable exit codes (README, "Exit codes"). 1 is what Intune remediations and most schedulers
/// read as "act"; the high codes follow BSD sysexits as ILSpyCmd does.
/// </summary>
public static class ExitCodes
{
    /// <summary>Nothing wrong (warnings do not count unless <c>--fail-on warn</c>).</summary>
    public const int Ok = 0;

    /// <summary>An issue was found: a check failed (or warned, with <c>--fail-on warn</c>).</summary>
    public const int IssueFound = 1;

    /// <summary>Usage error: unknown command, option or selector, or a bad option value.</summary>
    public const int Usage = 2;

    /// <summary>No issue found, but one or more checks (or plugins) could not run: the answer is incomplete.</summary>
    public const int Incomplete = 3;

    /// <summary>Input data is malformed: a snapshot that is not valid JSON, is truncated or of another version (EX_DATAERR).</summary>
    public const int DataError = 65;

    /// <summary>An input file does not exist or cannot be read (EX_NOINPUT).</summary>
    public const int NoInput = 66;

    /// <summary>Internal error: a bug in wutk itself (EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>An output file cannot be written (EX_CANTCREAT).</summary>
    public const int CannotCreate = 73;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
