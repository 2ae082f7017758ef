using System.Text.Json.Serialization;

namespace WuToolkit.Host.Isolation.Protocol;

/// <summary>
/// The messages between wutk and an isolated plugin's process (<c>wutk plugin-host</c>): one JSON object a line, UTF-8,
/// its <c>type</c> first. wutk writes to the process's standard input, the process answers on its standard output.
/// <list type="bullet">
/// <item>wutk: <c>hello</c> (protocol version, the plugin to load) → process: <c>listed</c> (its version, what the
/// plugin exports, the problems met loading it).</item>
/// <item>wutk: <c>run</c> (a check, the machine to ask, the settings) → process: <c>result</c> (the check's result, or
/// why there is none). While a check runs the process may ask <c>findCode</c>, which wutk answers with <c>code</c>.</item>
/// <item>wutk: <c>cancel</c> (a run no longer wanted), <c>bye</c> (end the process).</item>
/// </list>
/// Growing the protocol: both sides ignore message types and members they do not know, so a new request (a fix's plan,
/// say: <c>plan</c> → <c>planned</c>) is added with new types and announced by a higher <see cref="IsolationProtocol.Version"/>
/// in <c>hello</c>/<c>listed</c>; a side speaks only what the lower of the two versions knows.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(HelloMessage), "hello")]
[JsonDerivedType(typeof(ListedMessage), "listed")]
[JsonDerivedType(typeof(RunMessage), "run")]
[JsonDerivedType(typeof(ResultMessage), "result")]
[JsonDerivedType(typeof(CancelMessage), "cancel")]
[JsonDerivedType(typeof(FindCodeMessage), "findCode")]
[JsonDerivedType(typeof(CodeMessage), "code")]
[JsonDerivedType(typeof(ByeMessage), "bye")]
internal record ProtocolMessage;

internal static class IsolationProtocol
{
    /// <summary>The version this wutk speaks: 1 carries listings, check runs and error-code lookups.</summary>
    public const int Version = 1;
}

/// <summary>wutk → process: load this plugin.</summary>
internal sealed record HelloMessage(int Protocol, PluginToLoad Plugin) : ProtocolMessage;

/// <summary>The plugin a process loads: its DLL (a verified copy for a pinned plugin) and where it was found.</summary>
internal sealed record PluginToLoad(string Name, string Path, string Folder, string Origin, bool LooseFile);

/// <summary>process → wutk: the plugin loaded (or did not), and what it exports.</summary>
internal sealed record ListedMessage(int Protocol, string Tool, PluginListing? Plugin, IReadOnlyList<ProblemData> Problems) : ProtocolMessage;

internal sealed record ProblemData(string Message, bool Refused);

internal sealed record PluginListing(
    string Name,
    string Version,
    string? SdkVersion,
    IReadOnlyList<CheckListing> Checks,
    IReadOnlyList<FixListing> Fixes,
    IReadOnlyList<CatalogListing> ErrorCatalogs,
    IReadOnlyList<RuleListing> LogRules);

internal sealed record CheckListing(string Id, string Title, string Scenario, bool NeedsElevation, IReadOnlyList<string> Tags, string? Description, bool Deep)
{
    /// <summary>Whether the check names a class of settings (the list may still be empty).</summary>
    public bool DeclaresSettings { get; init; }

    public IReadOnlyList<SettingData> Settings { get; init; } = [];
}

/// <summary>A declared setting, in the form of one of the SDK's three kinds.</summary>
internal sealed record SettingData(string Kind, string Key, string Description)
{
    public double? NumberDefault { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public string? Unit { get; init; }

    public string? TextDefault { get; init; }

    public IReadOnlyList<string>? AllowedValues { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<string>? UrlDefault { get; init; }

    public int? MaxCount { get; init; }
}

internal sealed record FixListing(string Id, string Title, string Scenario, bool NeedsElevation);

internal sealed record CatalogListing(string Id, string Title, IReadOnlyList<ErrorCodeData> Codes);

internal sealed record RuleListing(string Id, string Title, IReadOnlyList<string> Kinds);

internal sealed record ErrorCodeData(uint Code, string Name, string Meaning, IReadOnlyList<string> Causes, IReadOnlyList<string> CheckIds, IReadOnlyList<string> FixIds);

/// <summary>wutk → process: run one check.</summary>
internal sealed record RunMessage(int Id, string Check, string Scenario, bool Deep, IReadOnlyDictionary<string, string> Settings, MachineSpec Machine) : ProtocolMessage;

/// <summary>The machine a check asks: the snapshot file wutk itself reads, or this PC.</summary>
internal sealed record MachineSpec(string Kind, string? Path, double ProbeTimeoutSeconds)
{
    public const string SnapshotKind = "snapshot";
    public const string LiveKind = "live";

    public static MachineSpec Snapshot(string path) => new(SnapshotKind, path, 0);

    public static MachineSpec Live(TimeSpan probeTimeout) => new(LiveKind, null, probeTimeout.TotalSeconds);
}

/// <summary>process → wutk: what a run gave: a result, or a failure (exactly one of them; neither is an invalid result).</summary>
internal sealed record ResultMessage(int Id, ResultData? Result, FailureData? Failure) : ProtocolMessage;

internal sealed record ResultData(string Status, string Summary, IReadOnlyList<EvidenceData> Evidence, IReadOnlyList<string> Fixes);

internal sealed record EvidenceData(string Key, string Value);

/// <summary>Why a run gave no result: <c>unanswered</c> (a question the machine cannot answer), <c>invalidSetting</c>,
/// <c>cancelled</c>, <c>exception</c> (the check threw), or <c>machine</c> (the process could not build the machine).</summary>
internal sealed record FailureData(string Kind, string Message)
{
    public const string Unanswered = "unanswered";
    public const string InvalidSetting = "invalidSetting";
    public const string Cancelled = "cancelled";
    public const string Exception = "exception";
    public const string Machine = "machine";

    public string? Question { get; init; }

    public string? Reason { get; init; }

    public string? Key { get; init; }

    public string? Value { get; init; }

    public string? Expected { get; init; }

    public string? ExceptionType { get; init; }
}

/// <summary>wutk → process: a run is no longer wanted (its time ran out).</summary>
internal sealed record CancelMessage(int Id) : ProtocolMessage;

/// <summary>process → wutk: what do the loaded error catalogs know of this code (for the check of run <paramref name="Run"/>)?</summary>
internal sealed record FindCodeMessage(int Id, int Run, uint Code) : ProtocolMessage;

/// <summary>wutk → process: the answer to <see cref="FindCodeMessage"/>; null when no catalog knows the code.</summary>
internal sealed record CodeMessage(int Id, ErrorCodeData? Entry) : ProtocolMessage;

/// <summary>wutk → process: end.</summary>
internal sealed record ByeMessage : ProtocolMessage;
