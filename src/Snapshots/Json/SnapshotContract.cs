using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots.Resources;

namespace WuToolkit.Snapshots.Json;

/// <summary>
/// What the snapshot format asks of each answer beyond its type: the members a file must carry (those of version 1,
/// frozen: a member added later is optional, or older files would stop loading) and the values that make sense (no
/// negative sizes, a status code that HTTP has, no more free space than the volume or partition holds, a percentage
/// from 0 to 100, a device problem code other than 0). A value that breaks a rule
/// is refused while it is read, so the error names its line and path.
/// </summary>
internal static class SnapshotContract
{
    private static readonly Dictionary<Type, string[]> AlsoRequired = new()
    {
        [typeof(AdapterInfo)] = ["iPv4Addresses", "gateways", "dnsServers"],
        [typeof(DnsAnswer)] = ["addresses"],
        [typeof(OsInfo)] = ["revision"],
        [typeof(UpdateHistoryEntry)] = ["kbId", "operation", "hResult"],
        [typeof(ClockOffset)] = ["roundTrip"],
    };

    private static readonly Dictionary<(Type, string), Func<object?, string?>> Rules = new()
    {
        [(typeof(VolumeInfo), "totalBytes")] = NotNegative,
        [(typeof(VolumeInfo), "freeBytes")] = NotNegative,
        [(typeof(PathInfo), "sizeBytes")] = NotNegative,
        [(typeof(PathInfo), "fileCount")] = NotNegative,
        [(typeof(HardwareInfo), "memoryBytes")] = NotNegative,
        [(typeof(HardwareInfo), "logicalProcessors")] = value => Between(value, 1, 65_536),
        [(typeof(OsInfo), "build")] = NotNegative,
        [(typeof(OsInfo), "revision")] = NotNegative,
        [(typeof(HttpProbe), "statusCode")] = value => value is null ? null : Between(value, 100, 599),
        [(typeof(HttpProbe), "elapsedMilliseconds")] = NotNegative,
        [(typeof(ClockOffset), "roundTrip")] = value => value is TimeSpan span && span < TimeSpan.Zero ? SnapshotStrings.MustNotBeNegative : null,
        [(typeof(EventRecordInfo), "eventId")] = value => Between(value, 0, 65_535),
        [(typeof(EventRecordInfo), "level")] = value => Between(value, 0, 255),
        [(typeof(EventRecordInfo), "recordId")] = NotNegative,
        [(typeof(SystemDiskInfo), "sizeBytes")] = NotNegative,
        [(typeof(PartitionInfo), "number")] = value => Between(value, 1, int.MaxValue),
        [(typeof(PartitionInfo), "sizeBytes")] = NotNegative,
        [(typeof(PartitionInfo), "freeBytes")] = NotNegative,
        [(typeof(VolumeEncryptionInfo), "encryptedPercent")] = value => value is double percent && percent is not (>= 0 and <= 100) ? SnapshotStrings.FormatMustBeBetween(0, 100) : null,
        [(typeof(VolumeEncryptionInfo), "suspendedForRestarts")] = NotNegative,
        [(typeof(RangeProbe), "statusCode")] = value => value is null ? null : Between(value, 100, 599),
        [(typeof(DownloadMeasurement), "bytes")] = NotNegative,
        [(typeof(DownloadMeasurement), "elapsedMilliseconds")] = NotNegative,
        [(typeof(ProcessorInfo), "family")] = NotNegative,
        [(typeof(ProcessorInfo), "model")] = NotNegative,
        [(typeof(ProcessorInfo), "stepping")] = NotNegative,
        [(typeof(ProcessorInfo), "cores")] = NotNegative,
        [(typeof(ProcessorInfo), "logicalProcessors")] = value => Between(value, 1, 65_536),
        [(typeof(ProcessorInfo), "maxClockMHz")] = NotNegative,
        [(typeof(DeviceProblem), "problemCode")] = value => value is int code && code < 1 ? SnapshotStrings.ProblemCodeFromOne : null,
    };

    /// <summary>Rules across the members of one answer, checked once it is read.</summary>
    private static readonly Dictionary<Type, Func<object, string?>> WholeRules = new()
    {
        [typeof(VolumeInfo)] = answer => answer is VolumeInfo { FreeBytes: var free, TotalBytes: var total } && free > total ? SnapshotStrings.FreeExceedsTotal : null,
        [typeof(PartitionInfo)] = answer => answer is PartitionInfo { FreeBytes: { } free, SizeBytes: var size } && free > size ? SnapshotStrings.FreeExceedsSize : null,
    };

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var alsoRequired = AlsoRequired.GetValueOrDefault(typeInfo.Type) ?? [];
        foreach (var property in typeInfo.Properties)
        {
            if (alsoRequired.Contains(property.Name, StringComparer.Ordinal))
            {
                property.IsRequired = true;
            }

            if (Rules.TryGetValue((typeInfo.Type, property.Name), out var rule) && property.Set is { } set)
            {
                property.Set = (target, value) =>
                {
                    if (rule(value) is { } problem)
                    {
                        throw new JsonException(problem);
                    }

                    set(target, value);
                };
            }
        }

        if (WholeRules.TryGetValue(typeInfo.Type, out var wholeRule))
        {
            typeInfo.OnDeserialized = answer =>
            {
                if (wholeRule(answer) is { } problem)
                {
                    throw new JsonException(problem);
                }
            };
        }
    }

    private static string? NotNegative(object? value) => value switch
    {
        long number when number < 0 => SnapshotStrings.MustNotBeNegative,
        int number when number < 0 => SnapshotStrings.MustNotBeNegative,
        double number when number < 0 || !double.IsFinite(number) => SnapshotStrings.MustNotBeNegative,
        _ => null,
    };

    private static string? Between(object? value, long minimum, long maximum) =>
        value is int number && (number < minimum || number > maximum)
            ? SnapshotStrings.FormatMustBeBetween(minimum, maximum)
            : null;
}
