using WuToolkit.Abstractions.Checks;

namespace WuToolkit.Host.Running;

/// <summary>The whole of one run, as every output format shows it.</summary>
/// <param name="Machine">What was diagnosed: <c>live</c> or the snapshot's path.</param>
/// <param name="MachineKind"><c>live</c> or <c>snapshot</c>.</param>
/// <param name="Scenario">The scenario asked about.</param>
/// <param name="StartedUtc">When the run began.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Results">The rows, ordered by plugin then id.</param>
/// <param name="FailOnWarn">Whether warnings count as issues for the exit code.</param>
public sealed record RunReport(
    string Machine,
    string MachineKind,
    Scenario Scenario,
    DateTimeOffset StartedUtc,
    TimeSpan Duration,
    IReadOnlyList<CheckOutcome> Results,
    bool FailOnWarn)
{
    /// <summary>Whether deep checks ran (<c>--deep</c>); without it they are Skipped rows.</summary>
    public bool Deep { get; init; }

    /// <summary>The PC's name for a live run (hashed, <c>host-…</c>, when <see cref="HostRedacted"/>); null for a snapshot,
    /// which records none.</summary>
    public string? Host { get; init; }

    /// <summary>Whether <see cref="Host"/> is a salted hash rather than the name (<c>--redact</c>).</summary>
    public bool HostRedacted { get; init; }

    /// <summary>A new id for each run, so that the lines of one run can be told from another's (JSON lines).</summary>
    public string? RunId { get; init; }

    /// <summary>The loaded error catalogs, with which a finding's code is named (the symbolic name in JSON); null when none.</summary>
    public Abstractions.Knowledge.IErrorCodeLookup? ErrorCodes { get; init; }

    public int Count(CheckStatus status) => Results.Count(result => result.Status == status);

    private readonly int? _exitCode;

    /// <summary>What the results say, as a documented exit code (see <see cref="ExitCodes"/>): 0, 1 or 3.</summary>
    public int ResultCode =>
        Count(CheckStatus.Fail) > 0 || (FailOnWarn && Count(CheckStatus.Warn) > 0) ? ExitCodes.IssueFound
        : Count(CheckStatus.Error) > 0 ? ExitCodes.Incomplete
        : ExitCodes.Ok;

    /// <summary>The exit code of the command that made this report, which JSON output repeats: the <see cref="ResultCode"/>
    /// unless the command's code says something else (<c>collect</c>'s says whether its snapshot was written).</summary>
    public int ExitCode
    {
        get => _exitCode ?? ResultCode;
        init => _exitCode = value;
    }
}
