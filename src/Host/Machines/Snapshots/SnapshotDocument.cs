using System.Text.Json.Serialization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Snapshots;

/// <summary>
/// A recorded PC: every answer a set of checks received, as versioned JSON (schema: docs/schemas/snapshot-v1.schema.json).
/// A section that is absent means "not recorded", so the question goes unanswered (Skipped), never guessed.
/// </summary>
public sealed record SnapshotDocument
{
    /// <summary>The only value of <see cref="Format"/>.</summary>
    public const string FormatName = "wutk-snapshot";

    /// <summary>The version this build reads and writes.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required string Format { get; init; }

    public required int Version { get; init; }

    /// <summary>What this PC is, in a sentence (samples use it to say what is wrong).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    /// <summary>When the snapshot was collected; also the machine's "now" (see <see cref="IClockQueries.GetUtcNowAsync"/>).</summary>
    public required DateTimeOffset CollectedUtc { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CollectedBy { get; init; }

    /// <summary>Installed services. Complete when <see cref="ServicesComplete"/>; otherwise only those asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ServiceInfo>? Services { get; init; }

    /// <summary>True when <see cref="Services"/> lists every installed service, so an unlisted one does not exist.</summary>
    public bool ServicesComplete { get; init; }

    /// <summary>Services asked for that do not exist on the PC.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AbsentServices { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VolumeInfo? SystemVolume { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PathInfo>? Paths { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AdapterInfo>? Adapters { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DnsAnswer>? Dns { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HttpProbe>? Http { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProxyInfo? WinHttpProxy { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OsInfo? Os { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HardwareInfo? Hardware { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FirmwareInfo? Firmware { get; init; }

    /// <summary>Registry values asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RegistryValue>? Registry { get; init; }

    /// <summary>Registry values asked for that do not exist.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RegistryLocation>? AbsentRegistryValues { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UpdateHistoryEntry>? UpdateHistory { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ClockOffset>? ClockOffsets { get; init; }
}

/// <summary>A registry value's place: key and value name.</summary>
public sealed record RegistryLocation(string Key, string Name);
