using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>Problem devices, startup programs, optional features and update services, from the values WMI and the
/// update agent give.</summary>
public class InventoryFactsTests
{
    [Test]
    public void A_device_without_a_driver_is_a_problem_with_its_code()
    {
        var device = DeviceFacts.Read(CimRecord.Of(
            ("Name", "PCI Simple Communications Controller"),
            ("Description", "PCI Simple Communications Controller"),
            ("DeviceID", @"PCI\VEN_8086&DEV_9D3A&SUBSYS_225D17AA&REV_21\3&11583659&0&B0"),
            ("PNPClass", null),
            ("ConfigManagerErrorCode", 28u),
            ("Manufacturer", null)))!;

        Assert.That(device.ProblemCode, Is.EqualTo(28));
        Assert.That(device.DeviceId, Does.StartWith(@"PCI\VEN_8086&DEV_9D3A"));
        Assert.That((device.Class, device.Manufacturer), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public void A_device_without_a_name_is_named_by_its_description_or_id()
    {
        var described = DeviceFacts.Read(CimRecord.Of(("Description", "Unknown device"), ("DeviceID", @"ACPI\INT33A1\1"), ("ConfigManagerErrorCode", 28u)))!;
        var bare = DeviceFacts.Read(CimRecord.Of(("DeviceID", @"USB\VID_0BDA&PID_0129\20100201396000000"), ("ConfigManagerErrorCode", 43u)))!;

        Assert.That(described.Name, Is.EqualTo("Unknown device"));
        Assert.That(bare.Name, Is.EqualTo(@"USB\VID_0BDA&PID_0129\20100201396000000"));
    }

    [Test]
    public void A_working_device_or_one_without_an_id_is_no_problem()
    {
        Assert.That(DeviceFacts.Read(CimRecord.Of(("Name", "Intel(R) UHD Graphics 620"), ("DeviceID", @"PCI\VEN_8086&DEV_5917"), ("ConfigManagerErrorCode", 0u))), Is.Null);
        Assert.That(DeviceFacts.Read(CimRecord.Of(("Name", "Ghost"), ("ConfigManagerErrorCode", 22u))), Is.Null);
    }

    [Test]
    public void A_disabled_device_keeps_its_class_and_maker()
    {
        var device = DeviceFacts.Read(CimRecord.Of(("Name", "Intel(R) Wireless Bluetooth(R)"), ("DeviceID", @"USB\VID_8087&PID_0A2B\5&2E3C4A5&0&7"), ("PNPClass", "Bluetooth"), ("ConfigManagerErrorCode", 22u), ("Manufacturer", "Intel Corporation")))!;

        Assert.That((device.Class, device.ProblemCode, device.Manufacturer), Is.EqualTo(("Bluetooth", 22, "Intel Corporation")));
    }

    [Test]
    public void A_startup_item_of_the_machine_starts_for_everyone_and_one_of_a_user_names_them()
    {
        var machine = StartupFacts.Read(CimRecord.Of(("Name", "SecurityHealth"), ("Command", @"%windir%\system32\SecurityHealthSystray.exe"), ("Location", @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run"), ("User", "Public")))!;
        var user = StartupFacts.Read(CimRecord.Of(("Name", "OneDrive"), ("Command", @"""C:\Users\alice\AppData\Local\Microsoft\OneDrive\OneDrive.exe"" /background"), ("Location", @"HKU\S-1-5-21-1004336348-1177238915-682003330-1001\SOFTWARE\Microsoft\Windows\CurrentVersion\Run"), ("User", @"DESKTOP-7Q1R2\alice")))!;
        var folder = StartupFacts.Read(CimRecord.Of(("Name", "Send to OneNote"), ("Command", "Send to OneNote.lnk"), ("Location", "Common Startup"), ("User", ".DEFAULT")))!;

        Assert.That((machine.Name, machine.Location, machine.User), Is.EqualTo(("SecurityHealth", @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run", (string?)null)));
        Assert.That(user.User, Is.EqualTo(@"DESKTOP-7Q1R2\alice"));
        Assert.That(user.Command, Does.EndWith("/background"));
        Assert.That(folder.User, Is.Null);
    }

    [Test]
    public void A_startup_entry_without_a_command_is_left_out()
    {
        Assert.That(StartupFacts.Read(CimRecord.Of(("Name", "Empty"), ("Command", ""), ("Location", "Startup"))), Is.Null);
        Assert.That(StartupFacts.Read(CimRecord.Of(("Command", "agent.exe")))!.Name, Is.EqualTo("agent.exe"));
    }

    [Test]
    public void Enabled_optional_features_are_named_once_and_sorted()
    {
        var features = OptionalFeatureFacts.EnabledNames(
        [
            CimRecord.Of(("Name", "NetFx4-AdvSrvs"), ("InstallState", 1u)),
            CimRecord.Of(("Name", "IIS-WebServerRole"), ("InstallState", 1u)),
            CimRecord.Of(("Name", "Microsoft-Hyper-V-All"), ("InstallState", 2u)),
            CimRecord.Of(("Name", "iis-webserverrole"), ("InstallState", 1u)),
            CimRecord.Of(("Name", null), ("InstallState", 1u)),
        ]);

        Assert.That(features, Is.EqualTo(new[] { "IIS-WebServerRole", "NetFx4-AdvSrvs" }));
    }

    [Test]
    public void Update_services_keep_their_id_in_the_agents_form()
    {
        var microsoftUpdate = UpdateServiceFacts.Read(CimRecord.Of(("ServiceID", "7971f918-a847-4430-9279-4a52d1efe18d"), ("Name", "Microsoft Update"), ("IsDefaultAUService", true), ("IsManaged", false), ("IsRegisteredWithAU", true)))!;
        var wsus = UpdateServiceFacts.Read(CimRecord.Of(("ServiceID", "{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}"), ("Name", "Windows Server Update Service"), ("IsDefaultAUService", true), ("IsManaged", true), ("IsRegisteredWithAU", true)))!;

        Assert.That(microsoftUpdate, Is.EqualTo(new UpdateServiceRegistration { ServiceId = "7971f918-a847-4430-9279-4a52d1efe18d", Name = "Microsoft Update", IsDefaultAUService = true, IsManaged = false, IsRegisteredWithAU = true }));
        Assert.That((wsus.ServiceId, wsus.IsManaged), Is.EqualTo(("3da21691-e39d-4da6-8a4b-b43877bcb1b7", true)));
        Assert.That(UpdateServiceFacts.Read(CimRecord.Of(("Name", "No id"))), Is.Null);
    }
}
