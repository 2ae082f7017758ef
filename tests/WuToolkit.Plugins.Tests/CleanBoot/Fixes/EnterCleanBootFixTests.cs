using System.Buffers.Binary;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.CleanBoot.Fixes;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;
using WuToolkit.Testing.Simulation;

namespace WuToolkit.Plugins.Tests.CleanBoot.Fixes;

public class EnterCleanBootFixTests
{
    private const string Sid = "S-1-5-21-1004336348-1177238915-682003330-1001";
    private const string MachineRun = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run";
    private const string MachineRun32 = @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Run";
    private const string UserRun = $@"HKU\{Sid}\SOFTWARE\Microsoft\Windows\CurrentVersion\Run";
    private const string Approved = @"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved";
    private const string MachineApproved = $@"HKLM\{Approved}\Run";
    private const string MachineApproved32 = $@"HKLM\{Approved}\Run32";
    private const string UserApproved = $@"HKU\{Sid}\{Approved}\Run";
    private const string On = "020000000000000000000000";
    private const string OffSince2025 = "030000004A1B2C3D4E5FDB01";

    private static ServiceInfo Service(string name, string displayName, string? publisher, ServiceStartType startType, ServiceState state = ServiceState.Stopped) =>
        new() { Name = name, DisplayName = displayName, Publisher = publisher, StartType = startType, State = state };

    private static StartupItemInfo Item(string name, string command, string location, string? user = null) =>
        new() { Name = name, Command = command, Location = location, User = user };

    private static RegistryValue Approval(string key, string name, string data) => new() { Key = key, Name = name, Kind = "REG_BINARY", Data = data };

    private static readonly ServiceInfo[] MicrosoftServices =
    [
        Service("wuauserv", "Windows Update", "Microsoft Corporation", ServiceStartType.Manual, ServiceState.Running),
        Service("W32Time", "Windows Time", "Microsoft Windows", ServiceStartType.Manual),
        Service("MicrosoftEdgeElevationService", "Microsoft Edge Elevation Service", "Microsoft Corporation", ServiceStartType.Manual),
        Service("WinDefend", "Microsoft Defender Antivirus Service", "Microsoft Windows Publisher", ServiceStartType.Automatic, ServiceState.Running),
    ];

    private static readonly StartupItemInfo[] MicrosoftItems =
    [
        Item("SecurityHealth", @"%windir%\system32\SecurityHealthSystray.exe", MachineRun),
        Item("OneDrive", "\"C:\\Users\\ana\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe\" /background", UserRun, @"PC\ana"),
    ];

    /// <summary>A PC with vendors' services and programs beside Windows', security software, and a program the user
    /// turned off in Task Manager already.</summary>
    private static TestPc Broken => TestPc.Empty with
    {
        Services =
        [
            .. MicrosoftServices,
            Service("Steam Client Service", "Steam Client Service", "Valve Corporation", ServiceStartType.Manual),
            Service("ContosoUpdater", "Contoso Updater", "Contoso Ltd.", ServiceStartType.Automatic, ServiceState.Running),
            Service("NvContainerLocalSystem", "NVIDIA LocalSystem Container", "NVIDIA Corporation", ServiceStartType.AutomaticDelayed, ServiceState.Running),
            Service("mfemms", "McAfee Service Controller", "McAfee, LLC.", ServiceStartType.Automatic, ServiceState.Running),
            Service("mfefire", "McAfee Firewall Core Service", "McAfee, LLC.", ServiceStartType.Automatic, ServiceState.Running),
            Service("OldVendorSvc", "Old Vendor Service", "Old Vendor Inc.", ServiceStartType.Disabled),
            Service("vendorflt", "Vendor Filter Driver", "Vendor Inc.", ServiceStartType.Boot, ServiceState.Running),
            Service("MysterySvc", "Mystery Service", null, ServiceStartType.Automatic, ServiceState.Running),
        ],
        ServicesComplete = true,
        StartupItems =
        [
            .. MicrosoftItems,
            Item("Steam", "\"C:\\Program Files (x86)\\Steam\\steam.exe\" -silent", UserRun, @"PC\ana"),
            Item("Zoom", "\"C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe\" --autostart", UserRun, @"PC\ana"),
            Item("ContosoTray", "\"C:\\Program Files\\Contoso\\tray.exe\"", MachineRun),
            Item("LegacyTool", "C:\\Program Files (x86)\\Legacy\\tool.exe /min", MachineRun32),
            Item("ContosoSetupFinish", "\"C:\\Program Files\\Contoso\\setup.exe\" /finish", @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce"),
            Item("Spotify", "C:\\Users\\ana\\AppData\\Roaming\\Spotify\\Spotify.exe", "Startup", @"PC\ana"),
        ],
        Registry =
        [
            Approval(MachineApproved, "SecurityHealth", "060000000000000000000000"),
            Approval(MachineApproved, "ContosoTray", On),
            Approval(UserApproved, "OneDrive", On),
            Approval(UserApproved, "Zoom", OffSince2025),
        ],
        CompleteRegistryKeys = [MachineApproved, UserApproved],
        AbsentRegistryKeys = [MachineApproved32],
    };

    private static string OffNow()
    {
        var bytes = new byte[12];
        bytes[0] = 0x03;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(4), TestPc.DefaultNow.ToFileTime());
        return Convert.ToHexString(bytes);
    }

    private static SetRegistryValueStep TurnOff(string key, string name) => new() { Key = key, Name = name, Kind = "REG_BINARY", Data = OffNow() };

    private static SetServiceStartTypeStep Disable(string service) => new() { ServiceName = service, StartType = ServiceStartType.Disabled };

    [Test]
    public async Task Other_publishers_services_are_disabled_and_their_programs_turned_off_as_task_manager_does()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), Broken);

        PlanAssert.InOrder(
            plan,
            Disable("ContosoUpdater"),
            Disable("NvContainerLocalSystem"),
            Disable("Steam Client Service"),
            TurnOff(MachineApproved, "ContosoTray"),
            TurnOff(MachineApproved32, "LegacyTool"),
            TurnOff(UserApproved, "Steam"));
        Assert.That(plan.Steps, Has.Count.EqualTo(6));
        PlanAssert.IsReversible(plan);
        Assert.That(plan.Steps.Select(step => step.Reason), Has.All.Not.Empty);
        Assert.That(plan.Steps[0].Reason, Does.Contain("Contoso Ltd."));
        Assert.That(plan.Notes, Has.One.Contains("Restart the PC"));
        Assert.That(plan.Notes, Has.One.Contains("cleanboot.exit"));
    }

    [Test]
    public async Task Microsoft_services_and_programs_are_never_touched()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), Broken);

        var touched = plan.Steps.OfType<SetServiceStartTypeStep>().Select(step => step.ServiceName).ToList();
        Assert.That(touched, Has.None.AnyOf(MicrosoftServices.Select(service => service.Name).ToArray()));
        Assert.That(plan.Steps.OfType<SetRegistryValueStep>().Select(step => step.Name), Has.None.AnyOf("SecurityHealth", "OneDrive"));
    }

    [Test]
    public async Task Disabled_services_drivers_and_programs_already_off_are_left_as_they_are()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), Broken);

        var names = plan.Steps.Select(step => step switch
        {
            SetServiceStartTypeStep service => service.ServiceName,
            SetRegistryValueStep value => value.Name,
            _ => "",
        }).ToList();
        Assert.That(names, Has.None.AnyOf("OldVendorSvc", "vendorflt", "Zoom"));
    }

    [Test]
    public async Task Security_software_unknown_publishers_and_places_the_switch_does_not_cover_are_listed_as_left_out()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), Broken);

        Assert.That(plan.Steps.OfType<SetServiceStartTypeStep>().Select(step => step.ServiceName), Has.None.AnyOf("mfemms", "mfefire", "MysterySvc"));
        Assert.That(plan.Omitted.Select(omitted => omitted.Description), Is.EqualTo(new[]
        {
            "Disable the services of McAfee (mfefire, mfemms)",
            "Disable the services whose publisher is unknown: MysterySvc",
            @"Turn off ContosoSetupFinish (HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce)",
            "Turn off Spotify (Startup)",
        }));
        Assert.That(plan.Omitted[0].Reason, Does.Contain("one refusal would undo the whole clean boot"));
        Assert.That(plan.Omitted[2].Reason, Does.Contain("runs once"));
        Assert.That(plan.Omitted[3].Reason, Does.Contain("Task Manager"));
    }

    [Test]
    public async Task Planning_changes_nothing()
    {
        var pc = new SimulatedPc(Broken);
        var before = pc.State;

        await FixTester.PlanAsync(new EnterCleanBootFix(), pc);

        StateAssert.AreEqual(before, pc.State);
        Assert.That(pc.History, Is.Empty);
    }

    [Test]
    public async Task Applying_disables_the_services_and_switches_the_programs_off()
    {
        var pc = new SimulatedPc(Broken);

        var outcomes = await FixTester.ApplyAsync(await FixTester.PlanAsync(new EnterCleanBootFix(), pc), pc);

        Assert.That(outcomes.Select(outcome => outcome.Status), Is.All.EqualTo(StepStatus.Done));
        var state = pc.State;
        var startTypes = state.Services.ToDictionary(service => service.Name, service => service.StartType);
        Assert.That(new[] { startTypes["ContosoUpdater"], startTypes["NvContainerLocalSystem"], startTypes["Steam Client Service"] }, Is.All.EqualTo(ServiceStartType.Disabled));
        Assert.That(startTypes["wuauserv"], Is.EqualTo(ServiceStartType.Manual));
        Assert.That(startTypes["mfemms"], Is.EqualTo(ServiceStartType.Automatic));
        var values = state.RegistryValues.ToDictionary(value => (value.Key, value.Name), value => value.Data);
        Assert.That(values[(MachineApproved, "ContosoTray")], Is.EqualTo(OffNow()));
        Assert.That(values[(MachineApproved32, "LegacyTool")], Does.StartWith("03000000"));
        Assert.That(values[(UserApproved, "Steam")], Does.StartWith("03000000"));
        Assert.That(values[(UserApproved, "Zoom")], Is.EqualTo(OffSince2025), "a program already off keeps the time it was turned off");
        Assert.That(state.RegistryKeys, Does.Contain(MachineApproved32));
    }

    [Test]
    public async Task Undoing_every_step_in_reverse_restores_exactly_the_prior_state()
    {
        var trip = await FixRoundTrip.RunAsync(new EnterCleanBootFix(), new SimulatedPc(Broken));

        Assert.That(trip.Applied, Is.Not.EqualTo(trip.Before));
        StateAssert.AreEqual(trip.Before, trip.Undone);
        Assert.That(trip.Undone.RegistryKeys, Does.Not.Contain(MachineApproved32), "a key the clean boot created goes again");
        Assert.That(trip.Undone.RegistryValues.Where(value => value.Name == "ContosoTray").Select(value => value.Data), Is.EqualTo(new[] { On }));
    }

    [Test]
    public async Task A_second_run_finds_nothing_left_to_do()
    {
        var pc = new SimulatedPc(Broken);
        await FixTester.ApplyAsync(await FixTester.PlanAsync(new EnterCleanBootFix(), pc), pc);

        var again = await FixTester.PlanAsync(new EnterCleanBootFix(), pc);

        PlanAssert.IsEmpty(again);
        Assert.That(again.Notes, Has.One.Contains("already starts as a clean boot would"));
    }

    [Test]
    public async Task A_managed_pc_is_warned_about_its_agents_and_no_policy_is_touched()
    {
        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), Broken, context => context with { ManagedBy = ["Configuration Manager"] });

        Assert.That(plan.Notes[0], Does.Contain("managed (Configuration Manager)"));
        Assert.That(plan.Steps.OfType<SetRegistryValueStep>().Select(step => step.Key), Has.All.Contains(@"\Explorer\StartupApproved\"));
        Assert.That(plan.Steps, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task A_pc_with_only_microsofts_services_and_programs_gets_an_empty_plan()
    {
        var pc = TestPc.Empty with { Services = MicrosoftServices, ServicesComplete = true, StartupItems = MicrosoftItems };

        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), pc);

        PlanAssert.IsEmpty(plan);
        Assert.That(plan.Omitted, Is.Empty);
        Assert.That(plan.Notes, Has.One.Contains("already starts as a clean boot would"));
    }

    [Test]
    public async Task A_healthy_arm64_home_pc_whose_startup_items_are_all_microsofts_is_left_alone()
    {
        var pc = new SimulatedPc(TestPc.Empty with
        {
            Os = new OsInfo { ProductName = "Windows 11 Home", Version = "10.0.26100", Build = 26100, Architecture = "arm64", DisplayVersion = "24H2" },
            Services = [.. MicrosoftServices, Service("QcomWlanSrv", "Qualcomm WLAN Service", null, ServiceStartType.Automatic, ServiceState.Running)],
            ServicesComplete = true,
            StartupItems = [.. MicrosoftItems, Item("ctfmon", "ctfmon.exe", MachineRun)],
        });
        var before = pc.State;

        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), pc);
        await FixTester.ApplyAsync(plan, pc);

        PlanAssert.IsEmpty(plan);
        StateAssert.AreEqual(before, pc.State);
        Assert.That(plan.Omitted.Single().Description, Does.Contain("QcomWlanSrv"), "a service of unknown publisher is named, not disabled");
    }

    [Test]
    public async Task A_startup_value_that_was_never_recorded_is_still_turned_off()
    {
        var pc = TestPc.Empty with
        {
            Services = MicrosoftServices,
            ServicesComplete = true,
            StartupItems = [Item("ContosoTray", "\"C:\\Program Files\\Contoso\\tray.exe\"", @"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Run")],
        };

        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), pc);

        PlanAssert.Contains(plan, TurnOff($@"HKCU\{Approved}\Run", "ContosoTray"));
    }

    [Test]
    public async Task A_program_registered_twice_in_one_place_is_switched_once()
    {
        var pc = Broken with { StartupItems = [Item("Steam", "\"C:\\Steam\\steam.exe\"", UserRun, @"PC\ana"), Item("steam", "\"C:\\Steam\\steam.exe\" -silent", UserRun, @"PC\ana")] };

        var plan = await FixTester.PlanAsync(new EnterCleanBootFix(), pc);

        Assert.That(plan.Steps.OfType<SetRegistryValueStep>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Is_proven_safe_and_undoing_its_journal_restores_everything_as_cleanboot_exit_does()
    {
        var proof = await FixTester.ProveSafeAsync(new EnterCleanBootFix(), Broken);

        Assert.That(proof.Operations, Is.EqualTo(6));
        Assert.That(proof.After.Services.Where(service => service.StartType == ServiceStartType.Disabled).Select(service => service.Name),
            Is.EquivalentTo(new[] { "ContosoUpdater", "NvContainerLocalSystem", "Steam Client Service", "OldVendorSvc" }));
        StateAssert.AreEqual(proof.After, proof.AfterSecondApply);
    }

    [Test]
    public async Task Is_proven_safe_on_a_managed_pc()
    {
        var proof = await FixTester.ProveSafeAsync(new EnterCleanBootFix(), Broken, new SafetyOptions { Context = context => context with { ManagedBy = ["Configuration Manager"] } });

        Assert.That(proof.Plan.Steps, Has.Count.EqualTo(6), "no step of a clean boot is update policy");
    }
}
