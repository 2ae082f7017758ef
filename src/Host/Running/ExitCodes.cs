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

    /// <summary><c>wutk fix</c>: a step failed (or the fix could not be planned) and every step that ran was rolled back:
    /// the PC is as it was.</summary>
    public const int FixFailed = 4;

    /// <summary><c>wutk fix</c> or <c>wutk undo</c>: something that a fix changed could not be restored; the journal keeps
    /// it, and <c>wutk undo</c> tries again.</summary>
    public const int RestoreIncomplete = 5;

    /// <summary><c>wutk fix</c> or <c>wutk cleanup</c>: the plan was shown and not approved; nothing changed.</summary>
    public const int NotApproved = 6;

    /// <summary>Input data is malformed: a snapshot that is not valid JSON, is truncated or of another version (EX_DATAERR).</summary>
    public const int DataError = 65;

    /// <summary>An input file does not exist or cannot be read (EX_NOINPUT).</summary>
    public const int NoInput = 66;

    /// <summary>The plan cannot be applied here: a snapshot is not a PC to change, or this machine cannot perform one of
    /// its steps (no services to stop on Linux). Nothing was touched (EX_UNAVAILABLE).</summary>
    public const int CannotApplyHere = 69;

    /// <summary>Internal error: a bug in wutk itself (EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>An output file cannot be written (EX_CANTCREAT).</summary>
    public const int CannotCreate = 73;

    /// <summary><c>wutk fix</c>, <c>undo</c> or <c>cleanup</c>: another of them is changing this machine (it holds the lock
    /// in the journals' folder); nothing was changed, and the same command may be tried again when it has ended
    /// (EX_TEMPFAIL).</summary>
    public const int Busy = 75;

    /// <summary>The fix needs elevation and wutk does not run elevated; nothing was touched (EX_NOPERM).</summary>
    public const int NeedsElevation = 77;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
