using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

public class PortableMachineTests
{
    private static PortableMachine NewMachine() => new(TimeProvider.System, TimeSpan.FromSeconds(5));

    [Test]
    public async Task The_system_volume_has_a_size()
    {
        using var machine = NewMachine();
        var volume = await machine.Storage.GetSystemVolumeAsync(CancellationToken.None);
        Assert.That(volume.TotalBytes, Is.GreaterThan(0));
        Assert.That(volume.FreeBytes, Is.InRange(0, volume.TotalBytes));
    }

    [Test]
    public async Task A_folder_is_measured_with_its_size_count_and_newest_write()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("sub"));
        await File.WriteAllBytesAsync(temp.Combine("a.bin"), new byte[1000]);
        await File.WriteAllBytesAsync(temp.Combine("sub", "b.bin"), new byte[24]);
        var newest = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(temp.Combine("a.bin"), newest.AddDays(-3));
        File.SetLastWriteTimeUtc(temp.Combine("sub", "b.bin"), newest);

        using var machine = NewMachine();
        var info = await machine.Storage.GetPathAsync(temp.Path, CancellationToken.None);
        Assert.That(info, Is.EqualTo(new PathInfo { Path = temp.Path, Exists = true, IsDirectory = true, SizeBytes = 1024, FileCount = 2, NewestWriteUtc = new DateTimeOffset(newest) }));

        var missing = await machine.Storage.GetPathAsync(temp.Combine("nope"), CancellationToken.None);
        Assert.That(missing.Exists, Is.False);
    }

    [Test]
    public async Task Windows_only_questions_are_unanswered_with_a_reason()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the portable machine on Linux and macOS");
        using var machine = NewMachine();
        var unanswered = await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Services.GetAsync("wuauserv", CancellationToken.None));
        Assert.That(unanswered!.Reason, Does.Contain("only Windows"));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Storage.GetPathAsync(WindowsPaths.PendingXml, CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Registry.GetValueAsync(@"HKLM\SOFTWARE", "x", CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Updates.GetHistoryAsync(CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.System.GetFirmwareAsync(CancellationToken.None));
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Network.GetWinHttpProxyAsync(CancellationToken.None));
    }

    private static IEnumerable<TestCaseData> WindowsFacts()
    {
        TestCaseData Case(string question, string fact, Func<IMachine, Task> ask) =>
            new TestCaseData(question, fact, ask).SetArgDisplayNames(question);

        yield return Case("license", "the licence and activation state", m => m.System.GetLicenseAsync(CancellationToken.None));
        yield return Case("displayAdapters", "the display drivers and their WDDM version", m => m.System.GetDisplayAdaptersAsync(CancellationToken.None));
        yield return Case("componentStore/LastKnown", "the health of the component store", m => m.System.GetComponentStoreAsync(ComponentStoreScan.LastKnown, CancellationToken.None));
        yield return Case("componentStore/ScanHealth", "the health of the component store", m => m.System.GetComponentStoreAsync(ComponentStoreScan.ScanHealth, CancellationToken.None));
        yield return Case("restorePoints", "System Protection and its restore points", m => m.System.GetRestorePointsAsync(CancellationToken.None));
        yield return Case("problemDevices", "the devices Device Manager reports problems with", m => m.System.GetProblemDevicesAsync(CancellationToken.None));
        yield return Case("securityProducts", "the security products registered with Windows Security Center", m => m.System.GetSecurityProductsAsync(CancellationToken.None));
        yield return Case("startupItems", "the programs that start with Windows", m => m.System.GetStartupItemsAsync(CancellationToken.None));
        yield return Case("optionalFeatures", "the optional features turned on", m => m.System.GetEnabledOptionalFeaturesAsync(CancellationToken.None));
        yield return Case("systemDisk", "the partitions of the disk Windows starts from", m => m.Storage.GetSystemDiskAsync(CancellationToken.None));
        yield return Case("systemVolumeEncryption", "whether BitLocker protects the system volume", m => m.Storage.GetSystemVolumeEncryptionAsync(CancellationToken.None));
        yield return Case("connectionCost", "whether the connection is metered", m => m.Network.GetConnectionCostAsync(CancellationToken.None));
        yield return Case("updateServices", "the update services registered with the Windows Update agent", m => m.Updates.GetServiceRegistrationsAsync(CancellationToken.None));
    }

    [TestCaseSource(nameof(WindowsFacts))]
    public async Task A_windows_fact_is_unanswered_with_a_reason_that_names_it_and_this_os(string question, string fact, Func<IMachine, Task> ask)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the portable machine on Linux and macOS");
        using var machine = NewMachine();

        var unanswered = await Assert.ThrowsAsync<QuestionUnansweredException>(() => ask(machine));

        Assert.That(unanswered!.Question, Is.EqualTo(question));
        Assert.That(unanswered.Reason, Is.EqualTo($"only Windows knows {fact}, and this is {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"));
    }

    [Test]
    public async Task Registry_subkeys_are_unanswered_like_every_registry_question()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the portable machine on Linux and macOS");
        using var machine = NewMachine();

        var unanswered = await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Registry.GetSubKeysAsync(@"HKLM\SOFTWARE\Microsoft\Enrollments", CancellationToken.None));

        Assert.That(unanswered!.Question, Is.EqualTo(@"registrySubKeys/HKLM\SOFTWARE\Microsoft\Enrollments"));
        Assert.That(unanswered.Reason, Does.StartWith("only Windows can answer this"));
    }

    [Test]
    public async Task Adapters_include_the_loopback_adapter()
    {
        using var machine = NewMachine();
        var adapters = await machine.Network.GetAdaptersAsync(CancellationToken.None);
        Assert.That(adapters, Has.Some.Matches<AdapterInfo>(a => a!.Kind == AdapterKind.Loopback && a.IPv4Addresses.Contains("127.0.0.1")));
    }

    [Test]
    public async Task Name_resolution_answers_from_the_local_resolver()
    {
        // Only "localhost": the hosts file answers it, so the test sends nothing beyond this machine.
        using var machine = NewMachine();
        var localhost = await machine.Network.ResolveAsync("localhost", CancellationToken.None);
        Assert.That(localhost.Error, Is.Null);
        Assert.That(localhost.Addresses, Is.Not.Empty);
    }

    [Test]
    public async Task An_http_probe_reports_the_status_code_of_a_local_server()
    {
        await using var server = new LoopbackHttpServer(statusCode: 403);
        using var machine = NewMachine();
        var probe = await machine.Network.ProbeAsync(server.Url, CancellationToken.None);
        Assert.That(probe.StatusCode, Is.EqualTo(403));
        Assert.That(probe.Error, Is.Null);
    }

    [Test]
    public async Task An_http_probe_to_a_closed_port_is_an_answer_with_an_error()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var machine = NewMachine();
        var probe = await machine.Network.ProbeAsync(new Uri($"http://127.0.0.1:{port}/"), CancellationToken.None);
        Assert.That(probe.StatusCode, Is.Null);
        Assert.That(probe.Error, Is.Not.Empty);
    }

    [Test]
    public async Task The_clock_offset_against_a_time_server_is_measured()
    {
        await using var server = new LoopbackSntpServer(ahead: TimeSpan.FromSeconds(90));
        using var machine = NewMachine();
        var offset = await machine.Clock.GetOffsetAsync(server.Address, CancellationToken.None);
        Assert.That(offset.Offset.TotalSeconds, Is.EqualTo(-90).Within(1), "the machine is 90 s behind the server");
        Assert.That(offset.RoundTrip, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task An_unsynchronised_time_server_gives_no_answer()
    {
        await using var server = new LoopbackSntpServer(ahead: TimeSpan.Zero, stratum: 0);
        using var machine = NewMachine();
        var unanswered = await Assert.ThrowsAsync<QuestionUnansweredException>(() => machine.Clock.GetOffsetAsync(server.Address, CancellationToken.None));
        Assert.That(unanswered!.Reason, Does.Contain("not synchronised"));
    }
}
