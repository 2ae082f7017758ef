using System.Diagnostics;
using System.Runtime.Versioning;
using System.Security.Principal;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Windows;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Tests.Explain;

namespace WuToolkit.Host.Tests.Machines.Windows;

/// <summary>
/// The live Windows machine asked one question per provider on the real OS, checking the answer's shape (what a
/// particular PC answers differs). Questions that need an administrator are checked as far as the run allows: elevated
/// they must answer; otherwise they must be unanswered saying so, and the test is ignored with that reason. On Windows
/// Server, questions about what Server lacks (Security Center, System Restore) must be unanswered saying so.
/// </summary>
[Category("Windows")]
[WindowsOnly("asks the live Windows APIs (registry, WMI, COM, Win32, the event log), which only Windows has")]
[SupportedOSPlatform("windows")]
public class LiveWindowsMachineTests
{
    private const string CurrentVersion = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";

    private WindowsMachine _machine = null!;

    private static CancellationToken None => CancellationToken.None;

    private static bool Elevated { get; } = new WindowsPrincipal(WindowsIdentity.GetCurrent()).IsInRole(WindowsBuiltInRole.Administrator);

    [OneTimeSetUp]
    public void CreateMachine() =>
        _machine = new WindowsMachine(TimeProvider.System, TimeSpan.FromSeconds(15), BundledCodes.Catalog.LogRules.ToList());

    [OneTimeTearDown]
    public void DisposeMachine() => _machine.Dispose();

    private async Task<bool> IsServerAsync() =>
        (await _machine.Registry.GetValueAsync(CurrentVersion, "InstallationType", None))?.Data.StartsWith("Server", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The answer; or, for a question this run cannot get answered, the test ends here with the reason —
    /// ignored when elevation is missing, passed when the reason is one this Windows must give.</summary>
    private static async Task<T> AnswerAsync<T>(Func<Task<T>> ask, bool needsAdministrator = false, params string[] acceptedReasons)
    {
        try
        {
            return await ask();
        }
        catch (QuestionUnansweredException ex)
        {
            Assert.That(ex.Reason, Is.Not.Empty.And.Not.Contains("\n"), "a reason for the user, on one line");
            if (needsAdministrator && !Elevated && ex.Reason == Strings.NeedsAdministrator)
            {
                Assert.Ignore($"{ex.Question}: {ex.Reason} (run the tests elevated to check the answer)");
            }

            if (!acceptedReasons.Contains(ex.Reason))
            {
                Assert.Fail($"{ex.Question} was not answered: {ex.Reason}");
            }

            Assert.Pass($"{ex.Question}: {ex.Reason}");
            throw;
        }
    }

    [Test]
    public async Task The_update_services_exist()
    {
        var wuauserv = await _machine.Services.GetAsync("wuauserv", None);
        var all = await _machine.Services.ListAsync(None);

        Assert.That(wuauserv, Is.Not.Null);
        Assert.That(wuauserv!.DisplayName, Is.Not.Empty);
        Assert.That(all.Select(service => service.Name), Does.Contain("BITS").IgnoreCase.And.Contain("CryptSvc").IgnoreCase);
    }

    [Test]
    public async Task The_registry_answers_values_keys_and_subkeys()
    {
        var build = await _machine.Registry.GetValueAsync(CurrentVersion, "CurrentBuild", None);
        var values = await _machine.Registry.GetValuesAsync(CurrentVersion, None);
        var subKeys = await _machine.Registry.GetSubKeysAsync(@"HKLM\SOFTWARE\Microsoft", None);
        var absent = await _machine.Registry.GetSubKeysAsync(@"HKLM\SOFTWARE\wutk-test-absent-key", None);

        Assert.That(build, Is.Not.Null);
        Assert.That(build!.Kind, Is.EqualTo("REG_SZ"));
        Assert.That(int.Parse(build.Data, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(10240));
        Assert.That(values!.Select(value => value.Name), Does.Contain("CurrentBuild"));
        Assert.That(subKeys, Does.Contain("Windows").IgnoreCase);
        Assert.That(absent, Is.Null);
    }

    [Test]
    public async Task The_update_agents_history_answers()
    {
        var history = await _machine.Updates.GetHistoryAsync(None);

        Assert.That(history, Is.Ordered.Descending.By(nameof(UpdateHistoryEntry.Date)));
        Assert.That(history.Select(entry => entry.Title), Is.All.Not.Null);
    }

    [Test]
    public async Task The_update_agent_is_registered_with_its_services()
    {
        var services = await _machine.Updates.GetServiceRegistrationsAsync(None);

        Assert.That(services, Is.Not.Empty);
        Assert.That(services.Select(service => Guid.TryParse(service.ServiceId, out _)), Is.All.True);
        Assert.That(services.Select(service => service.Name), Is.All.Not.Empty);
    }

    [Test]
    public async Task The_version_is_read()
    {
        var os = await _machine.System.GetOsAsync(None);

        Assert.That(os.Build, Is.GreaterThanOrEqualTo(10240));
        Assert.That(os.ProductName, Does.StartWith("Windows"));
    }

    [Test]
    public async Task Firmware_type_secure_boot_and_tpm_are_read()
    {
        var firmware = await AnswerAsync(() => _machine.System.GetFirmwareAsync(None), needsAdministrator: true);

        Assert.That(firmware.Type, Is.AnyOf(FirmwareType.Uefi, FirmwareType.Bios));
        Assert.That(firmware.TpmSpecVersion, Is.Null.Or.Match(@"^\d+\.\d+$"));
        if (firmware.SecureBootEnabled is not null)
        {
            Assert.That(firmware.SecureBootCapable, Is.True, "Windows wrote the Secure Boot state, so the firmware has it");
        }
    }

    [Test]
    public async Task The_winhttp_proxy_is_read()
    {
        var proxy = await _machine.Network.GetWinHttpProxyAsync(None);

        Assert.That(proxy.Direct || !string.IsNullOrWhiteSpace(proxy.Server), Is.True);
    }

    [Test]
    public async Task The_event_log_answers()
    {
        var events = await _machine.EventLog.GetEventsAsync("System", 5, None);

        Assert.That(events, Has.Count.InRange(0, 5));
        Assert.That(events.Select(record => record.Channel), Is.All.EqualTo("System"));
    }

    [Test]
    public async Task The_licence_is_read()
    {
        var license = await _machine.System.GetLicenseAsync(None);

        Assert.That(Enum.IsDefined(license.Status), Is.True);
        if (license.Status != LicenseStatus.Unlicensed)
        {
            Assert.That(license.ProductName, Does.StartWith("Windows"));
        }
    }

    [Test]
    public async Task The_processor_is_read_with_its_identity()
    {
        var processor = await _machine.System.GetProcessorAsync(None);

        Assert.That(processor.Name, Is.Not.Empty);
        Assert.That(processor.Architecture, Is.AnyOf("x64", "arm64", "x86"));
        Assert.That(processor.LogicalProcessors, Is.Positive);
        Assert.That(processor.Family, Is.Not.Null);
        Assert.That(processor.Model, Is.Not.Null);
        if (processor.Architecture == "x64" && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.That(processor.Features, Does.Contain("sse2").And.Contain("cx16").And.Contain("lahf"));
        }
    }

    [Test]
    public async Task The_display_adapters_are_read()
    {
        var adapters = await _machine.System.GetDisplayAdaptersAsync(None);

        Assert.That(adapters, Is.Not.Empty);
        Assert.That(adapters.Select(adapter => adapter.Name), Is.All.Not.Empty);
        Assert.That(adapters.Select(adapter => adapter.DriverModel), Is.All.Null.Or.Match(@"^\d\.\d$"));
    }

    [Test]
    public async Task The_component_stores_last_verdict_is_read_from_the_servicing_logs()
    {
        var state = await AnswerAsync(() => _machine.System.GetComponentStoreAsync(ComponentStoreScan.LastKnown, None), needsAdministrator: true);

        Assert.That(Enum.IsDefined(state.Verdict), Is.True);
        Assert.That(state.Source, Is.AnyOf("CBS.log", "dism.log").Or.StartsWith("CbsPersist_"));
        Assert.That(state.Verdict == ComponentStoreVerdict.Unknown || state.ScannedUtc is not null, Is.True);
    }

    [Test]
    public void A_dism_scan_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        Assert.That(async () => await _machine.System.GetComponentStoreAsync(ComponentStoreScan.ScanHealth, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>().Or.InstanceOf<QuestionUnansweredException>());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    [Test]
    [Category("Slow")]
    public async Task A_dism_scan_gives_a_verdict()
    {
        var state = await AnswerAsync(() => _machine.System.GetComponentStoreAsync(ComponentStoreScan.ScanHealth, None), needsAdministrator: true);

        Assert.That(state.Verdict, Is.AnyOf(ComponentStoreVerdict.Healthy, ComponentStoreVerdict.Repairable, ComponentStoreVerdict.NotRepairable));
        Assert.That(state.Source, Is.EqualTo("DISM /ScanHealth"));
        Assert.That(state.ScannedUtc, Is.Not.Null);
    }

    [Test]
    public async Task Restore_points_and_protection_are_read()
    {
        var info = await AnswerAsync(() => _machine.System.GetRestorePointsAsync(None), needsAdministrator: true, MachineStrings.SystemRestoreMissing);

        Assert.That(info.Points, Is.Ordered.Descending.By(nameof(RestorePointInfo.CreatedUtc)));
    }

    [Test]
    public async Task Problem_devices_are_listed_with_their_codes()
    {
        var devices = await _machine.System.GetProblemDevicesAsync(None);

        Assert.That(devices.Select(device => device.ProblemCode), Is.All.Not.Zero);
        Assert.That(devices.Select(device => device.DeviceId), Is.All.Not.Empty);
    }

    [Test]
    public async Task Security_products_are_read_or_server_says_it_has_no_security_center()
    {
        if (await IsServerAsync())
        {
            Assert.That(async () => await _machine.System.GetSecurityProductsAsync(None),
                Throws.InstanceOf<QuestionUnansweredException>().With.Property(nameof(QuestionUnansweredException.Reason)).EqualTo(MachineStrings.SecurityCenterMissing));
            return;
        }

        var products = await _machine.System.GetSecurityProductsAsync(None);

        Assert.That(products.Select(product => product.Name), Is.All.Not.Empty);
    }

    [Test]
    public async Task Startup_items_are_listed()
    {
        var items = await _machine.System.GetStartupItemsAsync(None);

        Assert.That(items.Select(item => item.Command), Is.All.Not.Empty);
    }

    [Test]
    public async Task Enabled_optional_features_are_listed()
    {
        var features = await _machine.System.GetEnabledOptionalFeaturesAsync(None);

        Assert.That(features, Is.Not.Empty.And.Unique);
    }

    [Test]
    public async Task The_system_disk_is_read_with_the_windows_partition()
    {
        var disk = await AnswerAsync(() => _machine.Storage.GetSystemDiskAsync(None), needsAdministrator: true);

        Assert.That(disk.PartitionStyle, Is.AnyOf(PartitionStyle.Gpt, PartitionStyle.Mbr));
        Assert.That(disk.SizeBytes, Is.Positive);
        Assert.That(disk.Partitions.Select(partition => partition.Role), Does.Contain(PartitionRole.Windows));
        Assert.That(disk.Partitions.Single(partition => partition.Role == PartitionRole.Windows).FreeBytes, Is.Positive);
    }

    [Test]
    public async Task Bitlocker_is_read_for_the_system_volume()
    {
        var state = await AnswerAsync(() => _machine.Storage.GetSystemVolumeEncryptionAsync(None), needsAdministrator: true, MachineStrings.BitLockerMissing);

        Assert.That(state.EncryptedPercent, Is.InRange(0, 100));
    }

    [Test]
    public async Task The_connection_cost_is_read()
    {
        var cost = await AnswerAsync(() => _machine.Network.GetConnectionCostAsync(None), needsAdministrator: false, MachineStrings.ConnectionCostUnknown);

        Assert.That(cost, Is.Not.Null);
    }
}
