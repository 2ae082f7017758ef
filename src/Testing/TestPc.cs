using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Snapshots.Questions;

namespace WuToolkit.Testing;

/// <summary>
/// A PC described in code, for a test: start from <see cref="Empty"/> (nothing recorded, so every question is
/// unanswered) or from a snapshot file, and set what the test needs with <c>with { … }</c>. It behaves exactly as a
/// snapshot of a real PC would: an unset answer leaves the question unanswered, and the check is Skipped.
/// <code>
/// var pc = TestPc.Empty with
/// {
///     Services = [new ServiceInfo { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Disabled, State = ServiceState.Stopped }],
///     SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 256 * TestPc.GB, FreeBytes = 3 * TestPc.GB },
/// };
/// var result = await CheckTester.RunAsync(new MyCheck(), pc);
/// </code>
/// Every area of the machine has properties here: services, storage, network, system, registry (values and whole keys),
/// updates, clock and event log. A question without a property (or an answer a property cannot say, such as an event
/// channel that exists but is empty) is set with <see cref="With{T}(Question{T}, string, T)"/> and the question's declaration in
/// <see cref="MachineQuestions"/>. To run fix steps against it, wrap it in a <see cref="Simulation.SimulatedPc"/>.
/// </summary>
public sealed record TestPc
{
    /// <summary>Bytes in a gigabyte (10^9), as Windows Explorer's "GB" on a disk label.</summary>
    public const long GB = 1_000_000_000;

    /// <summary>The time every <see cref="Empty"/> PC is "now": 2026-11-20 09:00 UTC.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A PC with nothing recorded.</summary>
    public static TestPc Empty { get; } = new();

    /// <summary>The recorded PC this one starts from, if any.</summary>
    private Snapshot? Base { get; init; }

    /// <summary>Answers given with <see cref="With{T}(Question{T}, string, T)"/>, applied last.</summary>
    private IReadOnlyList<Action<SnapshotBuilder>> More { get; init; } = [];

    /// <summary>The PC's "now".</summary>
    public DateTimeOffset Now { get; init; } = DefaultNow;

    /// <summary>Services seen. With <see cref="ServicesComplete"/>, every installed service.</summary>
    public IReadOnlyList<ServiceInfo>? Services { get; init; }

    /// <summary>Whether <see cref="Services"/> lists every installed service (so any other does not exist).</summary>
    public bool ServicesComplete { get; init; }

    /// <summary>Services that do not exist on this PC.</summary>
    public IReadOnlyList<string>? AbsentServices { get; init; }

    /// <summary>The system volume.</summary>
    public VolumeInfo? SystemVolume { get; init; }

    /// <summary>Folders and files, looked up by the path a check asks.</summary>
    public IReadOnlyList<PathInfo>? Paths { get; init; }

    /// <summary>The network adapters.</summary>
    public IReadOnlyList<AdapterInfo>? Adapters { get; init; }

    /// <summary>Name resolution answers, by host.</summary>
    public IReadOnlyList<DnsAnswer>? Dns { get; init; }

    /// <summary>HTTP answers, by the address exactly as asked.</summary>
    public IReadOnlyList<HttpProbe>? Http { get; init; }

    /// <summary>The WinHTTP proxy.</summary>
    public ProxyInfo? WinHttpProxy { get; init; }

    /// <summary>The operating system.</summary>
    public OsInfo? Os { get; init; }

    /// <summary>Memory and processor.</summary>
    public HardwareInfo? Hardware { get; init; }

    /// <summary>Firmware, Secure Boot and TPM.</summary>
    public FirmwareInfo? Firmware { get; init; }

    /// <summary>Registry values that exist.</summary>
    public IReadOnlyList<RegistryValue>? Registry { get; init; }

    /// <summary>Registry values asked about that do not exist, as (key, name).</summary>
    public IReadOnlyList<(string Key, string Name)>? AbsentRegistryValues { get; init; }

    /// <summary>Registry keys read whole (<see cref="IRegistryQueries.GetValuesAsync"/>): each holds exactly the values of
    /// <see cref="Registry"/> under it, so any other value of it does not exist.</summary>
    public IReadOnlyList<string>? CompleteRegistryKeys { get; init; }

    /// <summary>Registry keys that do not exist (so neither does any value of theirs).</summary>
    public IReadOnlyList<string>? AbsentRegistryKeys { get; init; }

    /// <summary>Events of the event log, each filed under its <see cref="EventRecordInfo.Channel"/>, oldest first. A
    /// channel that exists but holds no event: <c>With(MachineQuestions.Events, channel, [])</c>.</summary>
    public IReadOnlyList<EventRecordInfo>? Events { get; init; }

    /// <summary>The Windows Update history, newest first.</summary>
    public IReadOnlyList<UpdateHistoryEntry>? UpdateHistory { get; init; }

    /// <summary>Clock offsets against time servers.</summary>
    public IReadOnlyList<ClockOffset>? ClockOffsets { get; init; }

    /// <summary>The system disk and its partitions.</summary>
    public SystemDiskInfo? SystemDisk { get; init; }

    /// <summary>BitLocker on the system volume.</summary>
    public VolumeEncryptionInfo? SystemVolumeEncryption { get; init; }

    /// <summary>HTTP Range request answers, by the address exactly as asked.</summary>
    public IReadOnlyList<RangeProbe>? RangeProbes { get; init; }

    /// <summary>Bounded downloads, by the address exactly as asked.</summary>
    public IReadOnlyList<DownloadMeasurement>? Downloads { get; init; }

    /// <summary>Whether the connection is metered.</summary>
    public ConnectionCostInfo? ConnectionCost { get; init; }

    /// <summary>The Windows licence.</summary>
    public LicenseInfo? License { get; init; }

    /// <summary>The processor in detail.</summary>
    public ProcessorInfo? Processor { get; init; }

    /// <summary>The display adapters.</summary>
    public IReadOnlyList<DisplayAdapterInfo>? DisplayAdapters { get; init; }

    /// <summary>The component store's health, by which answer was asked for.</summary>
    public IReadOnlyDictionary<ComponentStoreScan, ComponentStoreState>? ComponentStore { get; init; }

    /// <summary>System protection and restore points.</summary>
    public RestoreInfo? RestorePoints { get; init; }

    /// <summary>Devices with a problem (an empty list: none).</summary>
    public IReadOnlyList<DeviceProblem>? ProblemDevices { get; init; }

    /// <summary>Security products registered with Security Center.</summary>
    public IReadOnlyList<SecurityProductInfo>? SecurityProducts { get; init; }

    /// <summary>Programs started with Windows.</summary>
    public IReadOnlyList<StartupItemInfo>? StartupItems { get; init; }

    /// <summary>Names of the optional features turned on.</summary>
    public IReadOnlyList<string>? OptionalFeatures { get; init; }

    /// <summary>The update services registered with the Windows Update agent.</summary>
    public IReadOnlyList<UpdateServiceRegistration>? UpdateServices { get; init; }

    /// <summary>Registry keys' subkeys, by key; a <see langword="null"/> list: the key does not exist.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? RegistrySubKeys { get; init; }

    /// <summary>A PC read from a snapshot file, to change with <c>with { … }</c> or <see cref="With{T}(Question{T}, string, T)"/>.</summary>
    public static async Task<TestPc> FromSnapshotFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var read = await SnapshotFile.ReadAsync(path, SnapshotReadOptions.Default, cancellationToken).ConfigureAwait(false);
        return FromSnapshot(read.Snapshot);
    }

    /// <summary>A PC answering as <paramref name="snapshot"/> does.</summary>
    public static TestPc FromSnapshot(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new TestPc { Now = snapshot.CollectedUtc, Base = snapshot };
    }

    /// <summary>This PC with one more answer, for a question without a property here (or to override one).</summary>
    public TestPc With<T>(Question<T> question, string key, T answer) => this with { More = [.. More, builder => builder.Answer(question, key, answer)] };

    /// <summary>This PC with the answer to a question that takes no key.</summary>
    public TestPc With<T>(Question<T> question, T answer) => With(question, "", answer);

    /// <summary>The snapshot this PC is.</summary>
    public Snapshot ToSnapshot()
    {
        var builder = Base is null ? new SnapshotBuilder(Now) : new SnapshotBuilder(Base).Header(header => header with { CollectedUtc = Now });

        foreach (var service in Services ?? [])
        {
            builder.Answer(MachineQuestions.Service, service.Name, service);
        }

        if (ServicesComplete)
        {
            builder.Answer<IReadOnlyList<ServiceInfo>>(MachineQuestions.ServiceList, Services ?? []);
        }

        foreach (var name in AbsentServices ?? [])
        {
            builder.Answer(MachineQuestions.Service, name, null);
        }

        Set(builder, MachineQuestions.SystemVolume, SystemVolume);
        Set(builder, MachineQuestions.Adapters, Adapters);
        Set(builder, MachineQuestions.WinHttpProxy, WinHttpProxy);
        Set(builder, MachineQuestions.Os, Os);
        Set(builder, MachineQuestions.Hardware, Hardware);
        Set(builder, MachineQuestions.Firmware, Firmware);
        Set(builder, MachineQuestions.UpdateHistory, UpdateHistory);
        foreach (var path in Paths ?? [])
        {
            builder.Answer(MachineQuestions.Path, path.Path, path);
        }

        foreach (var answer in Dns ?? [])
        {
            builder.Answer(MachineQuestions.Dns, answer.Host, answer);
        }

        foreach (var probe in Http ?? [])
        {
            builder.Answer(MachineQuestions.Http, probe.Url.OriginalString, probe);
        }

        foreach (var value in Registry ?? [])
        {
            builder.Answer(MachineQuestions.RegistryValue, RegistryValueQuestion.KeyOf(value.Key, value.Name), value);
        }

        foreach (var (key, name) in AbsentRegistryValues ?? [])
        {
            builder.Answer(MachineQuestions.RegistryValue, RegistryValueQuestion.KeyOf(key, name), null);
        }

        foreach (var key in CompleteRegistryKeys ?? [])
        {
            IReadOnlyList<RegistryValue> values = [.. (Registry ?? []).Where(value => string.Equals(value.Key, key, StringComparison.OrdinalIgnoreCase))];
            builder.Answer(MachineQuestions.RegistryKey, key, values);
        }

        foreach (var key in AbsentRegistryKeys ?? [])
        {
            builder.Answer(MachineQuestions.RegistryKey, key, null);
        }

        foreach (var channel in (Events ?? []).GroupBy(record => record.Channel, StringComparer.OrdinalIgnoreCase))
        {
            builder.Answer<IReadOnlyList<EventRecordInfo>>(MachineQuestions.Events, channel.Key, [.. channel]);
        }

        foreach (var offset in ClockOffsets ?? [])
        {
            builder.Answer(MachineQuestions.ClockOffset, offset.Server, offset);
        }

        Set(builder, MachineQuestions.SystemDisk, SystemDisk);
        Set(builder, MachineQuestions.SystemVolumeEncryption, SystemVolumeEncryption);
        Set(builder, MachineQuestions.ConnectionCost, ConnectionCost);
        Set(builder, MachineQuestions.License, License);
        Set(builder, MachineQuestions.Processor, Processor);
        Set(builder, MachineQuestions.DisplayAdapters, DisplayAdapters);
        Set(builder, MachineQuestions.RestorePoints, RestorePoints);
        Set(builder, MachineQuestions.ProblemDevices, ProblemDevices);
        Set(builder, MachineQuestions.SecurityProducts, SecurityProducts);
        Set(builder, MachineQuestions.StartupItems, StartupItems);
        Set(builder, MachineQuestions.OptionalFeatures, OptionalFeatures);
        Set(builder, MachineQuestions.UpdateServices, UpdateServices);
        foreach (var probe in RangeProbes ?? [])
        {
            builder.Answer(MachineQuestions.RangeProbe, probe.Url.OriginalString, probe);
        }

        foreach (var download in Downloads ?? [])
        {
            builder.Answer(MachineQuestions.Download, download.Url.OriginalString, download);
        }

        foreach (var (scan, state) in ComponentStore ?? new Dictionary<ComponentStoreScan, ComponentStoreState>())
        {
            builder.Answer(MachineQuestions.ComponentStore, MachineQuestions.ComponentStoreKey(scan), state);
        }

        foreach (var (key, subKeys) in RegistrySubKeys ?? new Dictionary<string, IReadOnlyList<string>?>())
        {
            builder.Answer(MachineQuestions.RegistrySubKeys, key, subKeys);
        }

        // Answers given with With() last, so that they override the properties.
        foreach (var more in More)
        {
            more(builder);
        }

        return builder.Build();
    }

    /// <summary>The machine a check asks.</summary>
    public IMachine ToMachine() => new SnapshotMachine(ToSnapshot());

    private static void Set<T>(SnapshotBuilder builder, Question<T> question, T? answer)
        where T : class
    {
        if (answer is not null)
        {
            builder.Answer(question, answer);
        }
    }
}
