using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Tests.Adversarial.Support;
using WuToolkit.Snapshots;
using WuToolkit.Testing;

namespace WuToolkit.Host.Tests.Adversarial.Generators;

/// <summary>What the reader must do with a generated snapshot, as far as the documented rules (docs/snapshot-format.md)
/// say: read it, refuse it, or either (a change whose meaning depends on where it landed).</summary>
internal enum SnapshotVerdict
{
    Read,
    Refused,
    Either,
}

/// <summary>One change to a valid snapshot. <see cref="Pick"/> chooses among the places the change can apply to,
/// <see cref="Variant"/> among its forms; both are taken modulo what there is.</summary>
internal sealed record SnapshotMutation(SnapshotMutationKind Kind, int Pick, int Variant);

internal enum SnapshotMutationKind
{
    WrongType,
    Null,
    HugeNumber,
    NegativeSize,
    DateWithoutOffset,
    DateOutOfRange,
    LowercaseEnum,
    UnknownMember,
    UnknownSection,
    RemovedMember,
    DuplicateKey,
    DeepNesting,
    HostileString,
    InvalidUtf8,
    Truncation,
    ByteOrderMark,
    FlippedByte,
}

/// <summary>A generated PC and the changes made to its snapshot file.</summary>
internal sealed record HostileSnapshot(TestPc Pc, IReadOnlyList<SnapshotMutation> Mutations)
{
    public override string ToString() =>
        $"{Mutations.Count} mutation(s): {string.Join(", ", Mutations.Select(m => $"{m.Kind}({m.Pick},{m.Variant})"))}";
}

/// <summary>
/// Snapshots built the way a test describes a PC (<see cref="TestPc"/>, written by <see cref="SnapshotWriter"/>), valid
/// by construction, then changed in the ways that have broken snapshot readers: wrong types, nulls, huge numbers,
/// negative sizes, dates without offset or out of range, lowercase enum names, unknown sections and members, duplicate
/// keys, deep nesting, hostile strings, invalid UTF-8, truncation and byte order marks.
/// </summary>
internal static class HostileSnapshots
{
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<string> EnumNames = new(
        new[] { typeof(ServiceStartType), typeof(ServiceState), typeof(AdapterKind), typeof(AdapterState), typeof(FirmwareType), typeof(UpdateOperation), typeof(UpdateResult) }
            .SelectMany(Enum.GetNames),
        StringComparer.Ordinal);

    private static readonly string[] SizeMembers = ["totalBytes", "freeBytes", "sizeBytes", "fileCount", "memoryBytes", "build", "revision", "elapsedMilliseconds"];

    private static Gen<DateTimeOffset> Date { get; } =
        Gen.Select(Gen.Int[0, 60 * 24 * 365 * 40], Gen.Int[-14 * 4, 14 * 4], (minutes, quarters) => new DateTimeOffset(Earliest.AddMinutes(minutes).DateTime, TimeSpan.FromMinutes(15 * quarters)));

    private static Gen<ServiceInfo> Service { get; } =
        Gen.Select(Text.Word(1, 16), Text.Printable(), Gen.Enum<ServiceStartType>(), Gen.Enum<ServiceState>(), Text.Printable().Null(), Text.Hostile().Null(),
            (name, display, start, state, image, publisher) => new ServiceInfo { Name = name, DisplayName = display, StartType = start, State = state, ImagePath = image, Publisher = publisher });

    private static Gen<VolumeInfo> Volume { get; } =
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Long[0, long.MaxValue], Text.Printable(1, 4), (total, free, fileSystem) =>
            new VolumeInfo { Name = @"C:\", FileSystem = fileSystem, TotalBytes = total, FreeBytes = Math.Min(free, total) });

    private static Gen<PathInfo> PathEntry { get; } =
        Gen.Select(Text.Printable(1, 60), Gen.Bool, Gen.Bool, Gen.Long[0, long.MaxValue], Gen.Long[0, 1_000_000], Date.Nullable(),
            (path, exists, folder, size, count, written) => new PathInfo { Path = path, Exists = exists, IsDirectory = folder, SizeBytes = size, FileCount = count, NewestWriteUtc = written });

    private static Gen<AdapterInfo> Adapter { get; } =
        Gen.Select(Text.Printable(1, 20), Text.Hostile(), Gen.Enum<AdapterKind>(), Gen.Enum<AdapterState>(), Text.Printable(0, 15).Array[0, 3],
            (name, description, kind, state, addresses) => new AdapterInfo { Name = name, Description = description, Kind = kind, State = state, IPv4Addresses = addresses, Gateways = addresses.Take(1).ToList(), DnsServers = addresses });

    private static Gen<UpdateHistoryEntry> Update { get; } =
        Gen.Select(Text.Hostile(), Text.Word(0, 9).Null(), Date, Gen.Enum<UpdateOperation>(), Gen.Enum<UpdateResult>(), Gen.Int,
            (title, kb, date, operation, result, hresult) => new UpdateHistoryEntry { Title = title, KbId = kb, Date = date, Operation = operation, Result = result, HResult = hresult });

    private static Gen<RegistryValue> Registry { get; } =
        Gen.Select(Text.Printable(1, 40), Text.Printable(0, 20), Gen.OneOf("REG_SZ", "REG_DWORD", "REG_MULTI_SZ", "REG_QWORD", "REG_BINARY"), Text.Hostile(),
            (key, name, kind, data) => new RegistryValue { Key = @"HKLM\" + key, Name = name, Kind = kind, Data = data });

    private static Gen<ClockOffset> Offset { get; } =
        Gen.Select(Text.Word(1, 20), Gen.Long[-TimeSpan.TicksPerDay, TimeSpan.TicksPerDay], Gen.Long[0, TimeSpan.TicksPerMinute],
            (server, offset, roundTrip) => new ClockOffset { Server = server, Offset = TimeSpan.FromTicks(offset), RoundTrip = TimeSpan.FromTicks(roundTrip) });

    private static Gen<HttpProbe> Http { get; } =
        Gen.Select(Text.Word(1, 20), Gen.Int[100, 599].Nullable(), Text.Hostile().Null(), Gen.Double[0, 1e6],
            (host, status, error, elapsed) => new HttpProbe { Url = new Uri($"https://{host}.test/"), StatusCode = status, Error = error, ElapsedMilliseconds = elapsed });

    /// <summary>A PC with any subset of the sections filled, every value within the documented rules.</summary>
    public static Gen<TestPc> ValidPc { get; } =
        from now in Date
        from services in Service.Array[0, 6]
        from absent in Text.Word().Array[0, 3]
        from volume in Volume.Null()
        from paths in PathEntry.Array[0, 4]
        from adapters in Adapter.Array[0, 3]
        from updates in Update.Array[0, 6]
        from registry in Registry.Array[0, 4]
        from offsets in Offset.Array[0, 3]
        from http in Http.Array[0, 3]
        from firmware in Gen.Select(Gen.Enum<FirmwareType>(), Gen.Bool.Nullable(), Gen.OneOf<string?>(null, "2.0", "1.2", "2.0, 0, 1.38"),
            (type, secure, tpm) => new FirmwareInfo { Type = type, SecureBootEnabled = secure, TpmSpecVersion = tpm }).Null()
        from memory in Gen.Long[0, 1L << 42]
        from complete in Gen.Bool
        select TestPc.Empty with
        {
            Now = now,
            Services = services.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            ServicesComplete = complete,
            AbsentServices = absent,
            SystemVolume = volume,
            Paths = paths,
            Adapters = adapters,
            UpdateHistory = updates,
            Registry = registry,
            ClockOffsets = offsets,
            Http = http.DistinctBy(p => p.Url).ToList(),
            Firmware = firmware,
            Hardware = new HardwareInfo { MemoryBytes = memory, ProcessorName = "Generated CPU", LogicalProcessors = 4, Architecture = "x64" },
            Os = new OsInfo { ProductName = "Windows 11 Pro", Version = "10.0.22631", Build = 22631, Revision = 3880, Architecture = "x64", DisplayVersion = "23H2" },
        };

    public static Gen<SnapshotMutation> Mutation { get; } =
        Gen.Select(Gen.Enum<SnapshotMutationKind>(), Gen.Int[0, 1_000_000], Gen.Int[0, 1_000], (kind, pick, variant) => new SnapshotMutation(kind, pick, variant));

    /// <summary>A valid PC with no change, or with one to four changes.</summary>
    public static Gen<HostileSnapshot> Any { get; } =
        Gen.Select(ValidPc, Gen.Frequency((1, Gen.Const(Array.Empty<SnapshotMutation>())), (5, Mutation.Array[1, 4])), (pc, mutations) => new HostileSnapshot(pc, mutations));

    /// <summary>The bytes of the changed snapshot file and what the reader must do with them.</summary>
    public static (byte[] Bytes, SnapshotVerdict Verdict) Render(HostileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var root = JsonNode.Parse(SnapshotWriter.ToUtf8(snapshot.Pc.ToSnapshot()))!.AsObject();
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var verdicts = new List<SnapshotVerdict>();
        var byteChanges = new List<SnapshotMutation>();
        foreach (var mutation in snapshot.Mutations)
        {
            if (mutation.Kind is SnapshotMutationKind.InvalidUtf8 or SnapshotMutationKind.Truncation or SnapshotMutationKind.ByteOrderMark or SnapshotMutationKind.FlippedByte)
            {
                byteChanges.Add(mutation);
                continue;
            }

            if (Apply(root, mutation, replacements) is { } verdict)
            {
                verdicts.Add(verdict);
            }
        }

        var text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        foreach (var (marker, raw) in replacements)
        {
            text = text.Replace($"\"{marker}\"", raw, StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var change in byteChanges)
        {
            (bytes, var verdict) = ApplyToBytes(bytes, change);
            verdicts.Add(verdict);
        }

        return (bytes, Combine(verdicts));
    }

    /// <summary>Changes that are read only add (an unknown member or section), so they never undo a refusal; a change
    /// that may go either way may undo one (a null over a negative size), so it leaves the verdict open.</summary>
    private static SnapshotVerdict Combine(List<SnapshotVerdict> verdicts)
    {
        var open = verdicts.Where(verdict => verdict != SnapshotVerdict.Read).Distinct().ToList();
        return open.Count switch
        {
            0 => SnapshotVerdict.Read,
            1 => open[0],
            _ => SnapshotVerdict.Either,
        };
    }

    /// <summary>Every value below the root with its parent and its name or index.</summary>
    private static List<(JsonNode Parent, string? Name, int Index, JsonNode? Value)> Places(JsonNode root)
    {
        var places = new List<(JsonNode, string?, int, JsonNode?)>();
        void Walk(JsonNode node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, value) in obj.ToList())
                {
                    places.Add((obj, name, -1, value));
                    if (value is not null)
                    {
                        Walk(value);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i, array[i]));
                    if (array[i] is { } item)
                    {
                        Walk(item);
                    }
                }
            }
        }

        Walk(root);
        return places;
    }

    private static void Replace((JsonNode Parent, string? Name, int Index, JsonNode? Value) place, JsonNode? value)
    {
        if (place.Parent is JsonObject obj)
        {
            obj[place.Name!] = value;
        }
        else
        {
            ((JsonArray)place.Parent)[place.Index] = value;
        }
    }

    private static bool IsHeader(string? name) => name is "format" or "version";

    /// <summary>Applies one change to the tree; null when there was no place for it.</summary>
    private static SnapshotVerdict? Apply(JsonObject root, SnapshotMutation mutation, Dictionary<string, string> replacements)
    {
        var places = Places(root);
        T Choose<T>(IReadOnlyList<T> from) => from[mutation.Pick % from.Count];
        var marker = $"@@marker{replacements.Count}@@";

        switch (mutation.Kind)
        {
            case SnapshotMutationKind.WrongType:
            {
                var candidates = places.Where(p => p.Value is not null && !IsHeader(p.Name)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var place = Choose(candidates);
                JsonNode[] others = [JsonValue.Create("text"), JsonValue.Create(7), JsonValue.Create(true), new JsonArray(), new JsonObject()];
                var replacement = others.Where(o => o.GetValueKind() != place.Value!.GetValueKind()).ToList();
                Replace(place, replacement[mutation.Variant % replacement.Count]);
                // A string where a string is expected, but not this one: names and descriptions take any text.
                return SnapshotVerdict.Either;
            }

            case SnapshotMutationKind.Null:
            {
                var candidates = places.Where(p => p.Value is not null).ToList();
                Replace(Choose(candidates), null);
                return SnapshotVerdict.Either;
            }

            case SnapshotMutationKind.HugeNumber:
            {
                var candidates = places.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && !IsHeader(p.Name)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                string[] huge = ["1e309", "-1e309", "123456789012345678901234567890", "-9223372036854775809", "9223372036854775808", "1.5", "-0", "1E+2", "0.0000000000000000000000000001"];
                replacements[marker] = huge[mutation.Variant % huge.Length];
                Replace(Choose(candidates), JsonValue.Create(marker));
                return SnapshotVerdict.Either;
            }

            case SnapshotMutationKind.NegativeSize:
            {
                var candidates = places.Where(p => p.Name is { } name && SizeMembers.Contains(name) && p.Value is JsonValue).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                replacements[marker] = "-" + (1 + (mutation.Variant % 1000));
                Replace(Choose(candidates), JsonValue.Create(marker));
                return SnapshotVerdict.Refused;
            }

            case SnapshotMutationKind.DateWithoutOffset or SnapshotMutationKind.DateOutOfRange:
            {
                var candidates = places.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && v.GetValue<string>() is { Length: >= 20 } s && s[4] == '-' && s[10] == 'T' && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                string[] dates = mutation.Kind == SnapshotMutationKind.DateWithoutOffset
                    ? ["2024-03-12T08:30:00", "2024-03-12T08:30:00.1234567", "2024-03-12", "2024-03-12 08:30:00", "12/03/2024 08:30", "20240312T083000Z"]
                    : ["1600-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "2100-01-01T00:00:00Z", "1984-12-31T23:59:59Z", "0001-01-01T00:00:00+00:00", "2024-02-30T00:00:00Z", "2024-03-12T25:00:00Z", "2024-03-12T08:30:00+15:00"];
                Replace(Choose(candidates), JsonValue.Create(dates[mutation.Variant % dates.Length]));
                return SnapshotVerdict.Refused;
            }

            case SnapshotMutationKind.LowercaseEnum:
            {
                var candidates = places.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && EnumNames.Contains(v.GetValue<string>())).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var place = Choose(candidates);
                var name = place.Value!.GetValue<string>();
                string[] forms = [name.ToLowerInvariant(), name.ToUpperInvariant(), " " + name, name + "\u0000", "0", name + "s"];
                var form = forms[mutation.Variant % forms.Length];
                Replace(place, JsonValue.Create(form));
                return SnapshotVerdict.Refused;
            }

            case SnapshotMutationKind.UnknownMember:
            {
                var candidates = places.Where(p => p.Value is JsonObject).Select(p => (JsonObject)p.Value!).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var target = Choose(candidates);
                var name = "zz" + mutation.Variant.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!target.ContainsKey(name))
                {
                    target[name] = JsonValue.Create(mutation.Variant);
                }

                return SnapshotVerdict.Read;
            }

            case SnapshotMutationKind.UnknownSection:
            {
                var name = (mutation.Variant % 3) switch { 0 => "servicesCompleet", 1 => "futureSection", _ => "\u202Eevil\u001b[2J" };
                if (!root.ContainsKey(name))
                {
                    root[name] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
                }

                return SnapshotVerdict.Read;
            }

            case SnapshotMutationKind.RemovedMember:
            {
                var candidates = places.Where(p => p.Parent is JsonObject).ToList();
                var place = Choose(candidates);
                ((JsonObject)place.Parent).Remove(place.Name!);
                return SnapshotVerdict.Either;
            }

            case SnapshotMutationKind.DuplicateKey:
            {
                var candidates = places.Where(p => p.Parent is JsonObject && !IsHeader(p.Name)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var place = Choose(candidates);
                var parent = (JsonObject)place.Parent;
                // Named by a marker here, renamed to its sibling's name once written: JSON nodes cannot hold a key twice.
                parent[marker] = place.Value?.DeepClone();
                replacements[marker] = System.Text.Json.JsonSerializer.Serialize(place.Name);
                return SnapshotVerdict.Refused;
            }

            case SnapshotMutationKind.DeepNesting:
            {
                var candidates = places.Where(p => !IsHeader(p.Name)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                int[] depths = [10, 62, 63, 64, 65, 100, 1_000, 100_000];
                var depth = depths[mutation.Variant % depths.Length];
                replacements[marker] = (mutation.Variant % 2 == 0)
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                Replace(Choose(candidates), JsonValue.Create(marker));
                // Past the reader's depth limit (64) wherever it lands; below it, a skipped unknown member may hold it.
                return depth >= 64 ? SnapshotVerdict.Refused : SnapshotVerdict.Either;
            }

            case SnapshotMutationKind.HostileString:
            {
                var candidates = places.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && !IsHeader(p.Name)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                string[] hostile = ["\u001b]0;owned\u0007\u001b[2J", "\u202Egnp.exe", new string('A', 200_000), "a\u0000b", "\ud800", "line\nbreak\r\n\u2028\u2029", "\\\"\\u0000"];
                var place = Choose(candidates);
                Replace(place, JsonValue.Create(hostile[mutation.Variant % hostile.Length]));
                return SnapshotVerdict.Either;
            }

            default:
                return null;
        }
    }

    private static (byte[] Bytes, SnapshotVerdict Verdict) ApplyToBytes(byte[] bytes, SnapshotMutation mutation)
    {
        var at = bytes.Length == 0 ? 0 : mutation.Pick % bytes.Length;
        switch (mutation.Kind)
        {
            case SnapshotMutationKind.InvalidUtf8:
            {
                byte[][] invalid = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xFE, 0xFF]];
                return ([.. bytes[..at], .. invalid[mutation.Variant % invalid.Length], .. bytes[at..]], SnapshotVerdict.Refused);
            }

            case SnapshotMutationKind.Truncation:
            {
                var cut = bytes[..at];
                // Cutting only trailing white space leaves a whole document.
                return (cut, bytes.AsSpan(at).IndexOfAnyExcept(" \r\n\t"u8) < 0 ? SnapshotVerdict.Either : SnapshotVerdict.Refused);
            }

            case SnapshotMutationKind.ByteOrderMark:
                return (mutation.Variant % 4) switch
                {
                    // One byte order mark is allowed; a second one in front is a character before the document.
                    0 when bytes.AsSpan().StartsWith("\uFEFF"u8) => (bytes, SnapshotVerdict.Read),
                    0 => ([0xEF, 0xBB, 0xBF, .. bytes], SnapshotVerdict.Read),
                    1 => ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes], SnapshotVerdict.Refused),
                    2 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))], SnapshotVerdict.Refused),
                    _ => ([.. bytes[..at], 0xEF, 0xBB, 0xBF, .. bytes[at..]], SnapshotVerdict.Either),
                };

            default:
            {
                var flipped = bytes.ToArray();
                if (flipped.Length > 0)
                {
                    flipped[at] ^= (byte)(1 << (mutation.Variant % 8));
                }

                return (flipped, SnapshotVerdict.Either);
            }
        }
    }
}
