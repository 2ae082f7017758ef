using System.Text.Json;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Questions;
using static WuToolkit.Testing.Tests.Pcs;

namespace WuToolkit.Testing.Tests.Machines;

/// <summary>A PC described in code answers every question as a snapshot of that PC would.</summary>
public class TestPcTests
{
    private const string Channel = "Microsoft-Windows-WindowsUpdateClient/Operational";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A PC with every property set.</summary>
    private static TestPc Full => TestPc.Empty with
    {
        Services = [Running("wuauserv")],
        ServicesComplete = true,
        AbsentServices = ["DoSvc"],
        SystemVolume = new VolumeInfo { Name = @"C:\", FileSystem = "NTFS", TotalBytes = 256 * TestPc.GB, FreeBytes = 20 * TestPc.GB },
        Paths = [Folder(SoftwareDistribution, 1000, 3)],
        Adapters = [new AdapterInfo { Name = "Ethernet", Description = "Intel", Kind = AdapterKind.Ethernet, State = AdapterState.Up }],
        Dns = [new DnsAnswer { Host = "example.test", Addresses = ["127.0.0.1"] }],
        Http = [new HttpProbe { Url = new Uri("http://127.0.0.1:8530/"), StatusCode = 200 }],
        WinHttpProxy = new ProxyInfo { Direct = true },
        Os = new OsInfo { ProductName = "Windows 11 Pro", Version = "10.0.26100", Build = 26100, Architecture = "x64" },
        Hardware = new HardwareInfo { MemoryBytes = 16 * TestPc.GB, ProcessorName = "CPU", LogicalProcessors = 8, Architecture = "x64" },
        Firmware = new FirmwareInfo { Type = FirmwareType.Uefi, SecureBootEnabled = true, TpmSpecVersion = "2.0" },
        Registry = [Dword(PowerKey, "HiberbootEnabled", 1)],
        AbsentRegistryValues = [(PolicyKey, "WUServer")],
        CompleteRegistryKeys = [PowerKey],
        AbsentRegistryKeys = [PolicyKey + @"\AU"],
        UpdateHistory = [new UpdateHistoryEntry { Title = "KB5034122", Date = TestPc.DefaultNow.AddDays(-1), Result = UpdateResult.Failed, HResult = unchecked((int)0x80070643) }],
        ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromSeconds(3) }],
        Events = [new EventRecordInfo { Channel = Channel, Provider = "Microsoft-Windows-WindowsUpdateClient", EventId = 20 }],
        SystemDisk = new SystemDiskInfo
        {
            PartitionStyle = PartitionStyle.Gpt,
            SizeBytes = 256 * TestPc.GB,
            Partitions = [new PartitionInfo { Number = 1, Role = PartitionRole.EfiSystem, SizeBytes = 100_000_000, FreeBytes = 70_000_000 }],
        },
        SystemVolumeEncryption = new VolumeEncryptionInfo { Protection = EncryptionProtection.On, EncryptedPercent = 100 },
        RangeProbes = [new RangeProbe { Url = new Uri("http://127.0.0.1:8530/file.cab"), StatusCode = 206, RangeHonoured = true }],
        Downloads = [new DownloadMeasurement { Url = new Uri("http://127.0.0.1:8530/big.bin"), Bytes = 8_000_000, ElapsedMilliseconds = 1000 }],
        ConnectionCost = new ConnectionCostInfo { Metered = false },
        License = new LicenseInfo { Status = LicenseStatus.Licensed, ProductName = "Windows(R), Professional edition" },
        Processor = new ProcessorInfo { Name = "CPU", Architecture = "x64", LogicalProcessors = 8, Family = 6, Model = 142, Features = ["sse4.2", "popcnt"] },
        DisplayAdapters = [new DisplayAdapterInfo { Name = "Intel(R) UHD Graphics 620", DriverVersion = "31.0.101.2111", DriverModel = "3.1" }],
        ComponentStore = new Dictionary<ComponentStoreScan, ComponentStoreState>
        {
            [ComponentStoreScan.LastKnown] = new() { Verdict = ComponentStoreVerdict.Healthy, Source = "CBS.log" },
        },
        RestorePoints = new RestoreInfo { ProtectionEnabled = true, Points = [new RestorePointInfo { CreatedUtc = TestPc.DefaultNow.AddDays(-2), Description = "Windows Modules Installer" }] },
        ProblemDevices = [new DeviceProblem { Name = "Unknown device", DeviceId = @"ACPI\INT33A1\0", ProblemCode = 28 }],
        SecurityProducts = [new SecurityProductInfo { Name = "Microsoft Defender Antivirus", Kind = SecurityProductKind.Antivirus, Enabled = true, UpToDate = true }],
        StartupItems = [new StartupItemInfo { Name = "OneDrive", Command = "OneDrive.exe /background", Location = "HKU\\S-1-5-21\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run" }],
        OptionalFeatures = ["IIS-WebServerRole"],
        UpdateServices = [new UpdateServiceRegistration { ServiceId = "7971f918-a847-4430-9279-4a52d1efe18d", Name = "Microsoft Update", IsRegisteredWithAU = true }],
        RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [@"HKLM\SOFTWARE\Microsoft\Enrollments"] = ["Context"] },
    };

    [Test]
    public void Every_question_a_snapshot_records_has_a_property_here()
    {
        using var written = JsonDocument.Parse(SnapshotWriter.ToUtf8(Full.ToSnapshot()));
        var sections = written.RootElement.EnumerateObject().Select(member => member.Name).ToHashSet();

        // A question added to MachineQuestions without a TestPc property fails here: give it one.
        var missing = MachineQuestions.All.SelectMany(question => question.Sections).Where(section => !sections.Contains(section));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public async Task Every_area_answers_from_its_property()
    {
        var machine = Full.ToMachine();

        Assert.That((await machine.Services.GetAsync("WUAUSERV", None))!.State, Is.EqualTo(ServiceState.Running));
        Assert.That(await machine.Services.GetAsync("DoSvc", None), Is.Null);
        Assert.That(await machine.Services.GetAsync("BITS", None), Is.Null, "the list is complete, so any other service does not exist");
        Assert.That((await machine.Services.ListAsync(None)).Select(service => service.Name), Is.EqualTo(new[] { "wuauserv" }));
        Assert.That((await machine.Storage.GetSystemVolumeAsync(None)).FreeBytes, Is.EqualTo(20 * TestPc.GB));
        Assert.That((await machine.Storage.GetPathAsync(SoftwareDistribution, None)).FileCount, Is.EqualTo(3));
        Assert.That(await machine.Network.GetAdaptersAsync(None), Has.Count.EqualTo(1));
        Assert.That((await machine.Network.ResolveAsync("example.test", None)).Addresses, Is.EqualTo(new[] { "127.0.0.1" }));
        Assert.That((await machine.Network.ProbeAsync(new Uri("http://127.0.0.1:8530/"), None)).StatusCode, Is.EqualTo(200));
        Assert.That((await machine.Network.GetWinHttpProxyAsync(None)).Direct, Is.True);
        Assert.That((await machine.System.GetOsAsync(None)).Build, Is.EqualTo(26100));
        Assert.That((await machine.System.GetHardwareAsync(None)).LogicalProcessors, Is.EqualTo(8));
        Assert.That((await machine.System.GetFirmwareAsync(None)).TpmSpecVersion, Is.EqualTo("2.0"));
        Assert.That((await machine.Updates.GetHistoryAsync(None)).Single().HResult, Is.EqualTo(unchecked((int)0x80070643)));
        Assert.That((await machine.Clock.GetOffsetAsync("time.windows.com", None)).Offset, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(await machine.Clock.GetUtcNowAsync(None), Is.EqualTo(TestPc.DefaultNow));
        Assert.That((await machine.EventLog.GetEventsAsync(Channel, 100, None)).Single().EventId, Is.EqualTo(20));
    }

    [Test]
    public async Task Registry_values_keys_read_whole_and_absent_keys_answer_as_a_recorded_registry()
    {
        var registry = Full.ToMachine().Registry;

        Assert.That((await registry.GetValueAsync(PowerKey, "HiberbootEnabled", None))!.Data, Is.EqualTo("1"));
        Assert.That(await registry.GetValueAsync(PolicyKey, "WUServer", None), Is.Null);
        Assert.That(await registry.GetValueAsync(PowerKey, "AnythingElse", None), Is.Null, "the key was read whole");
        Assert.That((await registry.GetValuesAsync(PowerKey, None))!.Select(value => value.Name), Is.EqualTo(new[] { "HiberbootEnabled" }));
        Assert.That(await registry.GetValuesAsync(PolicyKey + @"\AU", None), Is.Null);
        Assert.That(await registry.GetValueAsync(PolicyKey + @"\AU", "NoAutoUpdate", None), Is.Null);
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => registry.GetValueAsync(PolicyKey, "WUStatusServer", None));
    }

    [Test]
    public async Task What_was_not_described_stays_unanswered_naming_the_question()
    {
        var machine = TestPc.Empty.ToMachine();

        var ex = await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Services.GetAsync("wuauserv", None));
        Assert.That(ex!.Question, Is.EqualTo("services/wuauserv"));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.System.GetOsAsync(None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.EventLog.GetEventsAsync(Channel, 10, None));
        Assert.That(await machine.Clock.GetUtcNowAsync(None), Is.EqualTo(TestPc.DefaultNow), "now is always known");
    }

    [Test]
    public async Task With_answers_a_question_no_property_can_say_and_overrides_a_property()
    {
        var pc = Full
            .With<IReadOnlyList<EventRecordInfo>>(MachineQuestions.Events, "Setup", [])
            .With(MachineQuestions.Os, new OsInfo { ProductName = "Windows 10 Pro", Version = "10.0.19045", Build = 19045, Architecture = "x64" });

        var machine = pc.ToMachine();

        Assert.That(await machine.EventLog.GetEventsAsync("Setup", 10, None), Is.Empty);
        Assert.That((await machine.System.GetOsAsync(None)).Build, Is.EqualTo(19045));
    }

    [Test]
    public async Task Changing_a_pc_with_with_leaves_the_original_as_it_was()
    {
        var original = Full;

        var changed = original with { Services = [Stopped("wuauserv")] };

        Assert.That((await original.ToMachine().Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Running));
        Assert.That((await changed.ToMachine().Services.GetAsync("wuauserv", None))!.State, Is.EqualTo(ServiceState.Stopped));
    }

    [Test]
    public async Task A_pc_from_a_snapshot_keeps_its_answers_and_its_time_and_takes_changes_over_them()
    {
        var collected = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var snapshot = (Full with { Now = collected }).ToSnapshot();

        var pc = TestPc.FromSnapshot(snapshot) with { Services = [Stopped("wuauserv", ServiceStartType.Disabled)] };
        var machine = pc.ToMachine();

        Assert.That(await machine.Clock.GetUtcNowAsync(None), Is.EqualTo(collected));
        Assert.That((await machine.System.GetOsAsync(None)).Build, Is.EqualTo(26100));
        Assert.That((await machine.Services.GetAsync("wuauserv", None))!.StartType, Is.EqualTo(ServiceStartType.Disabled));
    }

    [Test]
    public async Task A_pc_read_from_a_snapshot_file_answers_as_the_file_says()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wutk-testpc-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, SnapshotWriter.ToUtf8(Full.ToSnapshot()));
        try
        {
            var pc = await TestPc.FromSnapshotFileAsync(file);

            Assert.That((await pc.ToMachine().Registry.GetValuesAsync(PowerKey, None))!, Has.Count.EqualTo(1));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
