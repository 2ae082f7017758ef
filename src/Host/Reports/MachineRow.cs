namespace WuToolkit.Host.Reports;

/// <summary>What a fleet report keeps of one run result: only the fields its outputs show, so that ten thousand
/// machines stay a few megabytes.</summary>
/// <param name="Identity">The host name (hashed, when the result was redacted), or the result's file name when the run
/// did not record one (a snapshot run).</param>
/// <param name="Verdict">What the run found, in words the report shows.</param>
/// <param name="FailingChecks">The ids of the checks that failed.</param>
/// <param name="WarningChecks">The ids of the checks that warned.</param>
/// <param name="ErrorCodes">The error codes the failing and warning rows name, most frequent first, at most
/// <see cref="RunResultReader.CodesPerMachine"/>.</param>
/// <param name="ToolVersion">The wutk version that made the result.</param>
/// <param name="StartedUtc">When the run began, as the result says.</param>
/// <param name="Source">The file the result was read from (a bundle's path followed by <c>!results.json</c>).</param>
public sealed record MachineRow(
    string Identity,
    Verdict Verdict,
    IReadOnlyList<string> FailingChecks,
    IReadOnlyList<string> WarningChecks,
    IReadOnlyList<string> ErrorCodes,
    string ToolVersion,
    DateTimeOffset? StartedUtc,
    string Source);
