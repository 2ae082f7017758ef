using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class DevicesCheckTests
{
    private static DeviceProblem Device(string name, string deviceClass, int code, string id) =>
        new() { Name = name, Class = deviceClass, ProblemCode = code, DeviceId = id };

    private static readonly DeviceProblem EthernetNotStarting = Device("Intel(R) Ethernet Connection I219-V", "Net", 10, @"PCI\VEN_8086&DEV_15B8&SUBSYS_00008086&REV_00\3&11583659&0&FE");
    private static readonly DeviceProblem DisplayWithoutDriver = Device("Video Controller", "Display", 28, @"PCI\VEN_10DE&DEV_1C8D&SUBSYS_07BE1028&REV_A1\4&2FF3A3E2&0&0008");
    private static readonly DeviceProblem NvmeBlocked = Device("Standard NVM Express Controller", "SCSIAdapter", 48, @"PCI\VEN_144D&DEV_A808&SUBSYS_A801144D&REV_00\4&1B8F5D0&0&00E8");
    private static readonly DeviceProblem SensorWithoutDriver = Device("PCI Simple Communications Controller", "Other", 28, @"PCI\VEN_8086&DEV_9D3A&SUBSYS_225D17AA&REV_21\3&11583659&0&B0");
    private static readonly DeviceProblem WebcamStopped = Device("Integrated Webcam", "Camera", 43, @"USB\VID_0C45&PID_6723&MI_00\6&2A4C1E5&0&0000");
    private static readonly DeviceProblem DisabledBluetoothNetwork = Device("Bluetooth Device (Personal Area Network)", "Net", 22, @"BTH\MS_BTHPAN\7&1A2B3C4D&0&2");
    private static readonly DeviceProblem PhantomUsbDrive = Device("SanDisk Cruzer USB Device", "DiskDrive", 45, @"USBSTOR\DISK&VEN_SANDISK&PROD_CRUZER&REV_1.00\4C530001230516116363&0");
    private static readonly DeviceProblem PhantomHyperVAdapter = Device("Hyper-V Virtual Ethernet Adapter", "Net", 45, @"ROOT\VMS_MP\0001");
    private static readonly DeviceProblem BrokenVpnAdapter = Device("TAP-Windows Adapter V9", "Net", 31, @"ROOT\NET\0001");

    private static TestPc Pc(params DeviceProblem[] devices) => CheckHarness.EmptyPc with { ProblemDevices = devices };

    [Test]
    public async Task No_problem_device_passes()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc());

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "No device reports a problem");
        ResultAssert.HasEvidence(result, "problemDevices", "0");
    }

    [Test]
    public async Task Disabled_and_disconnected_devices_are_normal()
    {
        // Healthy variety: a Bluetooth network turned off, a USB stick once plugged in, a Hyper-V switch not in use.
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(DisabledBluetoothNetwork, PhantomUsbDrive, PhantomHyperVAdapter));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "3 disabled or not connected");
        ResultAssert.HasEvidence(result, "disabledOrDisconnected", "3");
    }

    [Test]
    public async Task A_network_adapter_that_cannot_start_fails_with_the_codes_meaning()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(EthernetNotStarting));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "Intel(R) Ethernet Connection I219-V (code 10: the device cannot start: its driver failed to start it)");
        ResultAssert.HasEvidence(result, "Intel(R) Ethernet Connection I219-V",
            @"code 10: the device cannot start: its driver failed to start it; class Net; PCI\VEN_8086&DEV_15B8&SUBSYS_00008086&REV_00\3&11583659&0&FE");
    }

    [Test]
    public async Task Display_and_storage_driver_problems_fail()
    {
        var display = await CheckHarness.RunAsync(new DevicesCheck(), Pc(DisplayWithoutDriver));
        var storage = await CheckHarness.RunAsync(new DevicesCheck(), Pc(NvmeBlocked));

        ResultAssert.HasStatus(display, CheckStatus.Fail);
        ResultAssert.SummaryContains(display, "code 28: no driver is installed for the device");
        ResultAssert.HasStatus(storage, CheckStatus.Fail);
        ResultAssert.SummaryContains(storage, "code 48");
    }

    [Test]
    public async Task Driver_problems_on_other_devices_warn()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(SensorWithoutDriver, WebcamStopped, PhantomUsbDrive));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "PCI Simple Communications Controller (code 28");
        ResultAssert.SummaryContains(result, "Integrated Webcam (code 43: Windows stopped the device because it reported problems)");
        ResultAssert.HasEvidence(result, "problemDevices", "2");
    }

    [Test]
    public async Task A_broken_virtual_adapter_warns_rather_than_fails()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(BrokenVpnAdapter));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "TAP-Windows Adapter V9 (code 31");
    }

    [Test]
    public async Task A_device_waiting_for_a_restart_asks_for_one()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(Device("Realtek Audio", "MEDIA", 14, @"HDAUDIO\FUNC_01&VEN_10EC&DEV_0295\4&1")));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "waiting for a restart");
        ResultAssert.SummaryContains(result, "cannot work until the PC is restarted");
    }

    [Test]
    public async Task Essential_devices_come_first_and_the_rest_are_counted()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(SensorWithoutDriver, WebcamStopped, BrokenVpnAdapter, EthernetNotStarting));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        Assert.That(result.Summary, Does.Contain(": Intel(R) Ethernet Connection I219-V (code 10"));
        ResultAssert.SummaryContains(result, "and 1 more");
    }

    [Test]
    public void Every_listed_code_has_its_own_meaning_and_an_unknown_code_is_named()
    {
        int[] codes = [1, 3, 9, 10, 12, 14, 16, 18, 19, 21, 22, 24, 28, 29, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 56];
        var meanings = codes.Select(DeviceProblemCodes.Meaning).ToList();

        Assert.That(meanings, Is.Unique);
        Assert.That(meanings, Has.None.Contains("problem code"));
        Assert.That(DeviceProblemCodes.Meaning(99), Is.EqualTo("Device Manager problem code 99"));
    }

    [Test]
    public async Task Devices_with_the_same_name_each_get_their_evidence()
    {
        var result = await CheckHarness.RunAsync(new DevicesCheck(), Pc(
            Device("Unknown device", "Other", 28, @"ACPI\VEN_INT&DEV_33A0\0"),
            Device("Unknown device", "Other", 28, @"ACPI\VEN_INT&DEV_33A1\0")));

        ResultAssert.HasEvidence(result, "Unknown device");
        ResultAssert.HasEvidence(result, "Unknown device (2)");
    }

    [Test]
    public async Task Without_the_device_list_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new DevicesCheck(), CheckHarness.EmptyPc));
    }
}
