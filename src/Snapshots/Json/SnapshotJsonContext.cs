using System.Text.Json.Serialization;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Snapshots.Json;

/// <summary>
/// The answers' JSON contracts, generated at build time: reading a snapshot then reflects over no answer type and emits
/// no accessor at start-up. Metadata only: the rules of <see cref="SnapshotJson.Options"/> (names, converters, the
/// contract of <see cref="SnapshotContract"/>) are applied to it when it is used. Each section's type is listed here;
/// the types its members hold follow.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(DateTimeOffset?))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<ServiceInfo>))]
[JsonSerializable(typeof(VolumeInfo))]
[JsonSerializable(typeof(List<PathInfo>))]
[JsonSerializable(typeof(IReadOnlyList<AdapterInfo>))]
[JsonSerializable(typeof(List<DnsAnswer>))]
[JsonSerializable(typeof(List<HttpProbe>))]
[JsonSerializable(typeof(ProxyInfo))]
[JsonSerializable(typeof(OsInfo))]
[JsonSerializable(typeof(HardwareInfo))]
[JsonSerializable(typeof(FirmwareInfo))]
[JsonSerializable(typeof(List<RegistryValue>))]
[JsonSerializable(typeof(List<RegistryLocation>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<RegistryValue>>))]
[JsonSerializable(typeof(IReadOnlyList<RegistryValue>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateHistoryEntry>))]
[JsonSerializable(typeof(List<ClockOffset>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<EventRecordInfo>>))]
[JsonSerializable(typeof(IReadOnlyList<EventRecordInfo>))]
[JsonSerializable(typeof(SystemDiskInfo))]
[JsonSerializable(typeof(VolumeEncryptionInfo))]
[JsonSerializable(typeof(List<RangeProbe>))]
[JsonSerializable(typeof(List<DownloadMeasurement>))]
[JsonSerializable(typeof(ConnectionCostInfo))]
[JsonSerializable(typeof(LicenseInfo))]
[JsonSerializable(typeof(ProcessorInfo))]
[JsonSerializable(typeof(IReadOnlyList<DisplayAdapterInfo>))]
[JsonSerializable(typeof(Dictionary<string, ComponentStoreState>))]
[JsonSerializable(typeof(ComponentStoreState))]
[JsonSerializable(typeof(RestoreInfo))]
[JsonSerializable(typeof(IReadOnlyList<DeviceProblem>))]
[JsonSerializable(typeof(IReadOnlyList<SecurityProductInfo>))]
[JsonSerializable(typeof(IReadOnlyList<StartupItemInfo>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateServiceRegistration>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<string>>))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
