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
    public string? Schema { get; init; }

    public required string Format { get; init; }

    public required int Version { get; init; }

    /// <summary>What this PC is, in a sentence (samples use it to say what is wrong).</summary>
    public string? Description { get; init; }

    /// <summary>When the snapshot was collected; also the machine's "now" (see <see cref="IClockQueries.GetUtcNowAsync"/>).</summary>
    public required DateTimeOffset CollectedUtc { get; init; }

    public string? CollectedBy { get; init; }

    /// <summary>Installed services. Complete when <see cref="ServicesComplete"/>; otherwise only those asked for.</summary>
    public IReadOnlyList<ServiceInfo>? Services { get; init; }

    /// <summary>True when <see cref="Services"/> lists every installed service, so an unlisted one does not exist.</summary>
    public bool ServicesComplete { get; init; }

    /// <summary>Services asked for that do not exist on the PC.</summary>
    public IReadOnlyList<string>? AbsentServices { get; init; }

    public VolumeInfo? SystemVolume { get; init; }

    public IReadOnlyList<PathInfo>? Paths { get; init; }

    public IReadOnlyList<AdapterInfo>? Adapters { get; init; }

    public IReadOnlyList<DnsAnswer>? Dns { get; init; }

    public IReadOnlyList<HttpProbe>? Http { get; init; }

    public ProxyInfo? WinHttpProxy { get; init; }

    public OsInfo? Os { get; init; }

    public HardwareInfo? Hardware { get; init; }

    public FirmwareInfo? Firmware { get; init; }

    /// <summary>Registry values asked for.</summary>
    public IReadOnlyList<RegistryValue>? Registry { get; init; }

    /// <summary>Registry values asked for that do not exist.</summary>
    public IReadOnlyList<RegistryLocation>? AbsentRegistryValues { get; init; }

    public IReadOnlyList<UpdateHistoryEntry>? UpdateHistory { get; init; }

    public IReadOnlyList<ClockOffset>? ClockOffsets { get; init; }
}

/// <summary>A registry value's place: key and value name.</summary>
public sealed record RegistryLocation(string Key, string Name);
