using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.CleanBoot;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.CleanBoot;

public class StartupItemsCheckTests
{
    private const string MachineRun = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run";
    private const string UserRun = @"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Run";

    private static StartupItemInfo Item(string name, string command, string location = MachineRun, string? user = null) =>
        new() { Name = name, Command = command, Location = location, User = user };

    private static readonly StartupItemInfo[] Microsofts =
    [
        Item("SecurityHealth", @"%windir%\system32\SecurityHealthSystray.exe"),
        Item("OneDrive", "\"C:\\Users\\ana\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe\" /background", UserRun, "ana"),
        Item("MicrosoftEdgeAutoLaunch_0F1D", "\"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe\" --no-startup-window --win-session-start", UserRun, "ana"),
        Item("ctfmon", "ctfmon.exe"),
        Item("WindowsDefender", "\"%ProgramFiles%\\Windows Defender\\MSASCuiL.exe\""),
    ];

    private static readonly StartupItemInfo Realtek = Item("RtkAudUService", "\"C:\\Windows\\System32\\DriverStore\\FileRepository\\realtekservice.inf_amd64_0a1b\\RtkAudUService64.exe\" -background");
    private static readonly StartupItemInfo Steam = Item("Steam", "\"C:\\Program Files (x86)\\Steam\\steam.exe\" -silent", UserRun, "ana");
    private static readonly StartupItemInfo Zoom = Item("Zoom", "C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe --autostart", UserRun, "ana");
    private static readonly StartupItemInfo VendorDll = Item("VendorTray", "rundll32.exe \"C:\\Program Files\\Vendor\\tray.dll\",Start");

    private static TestPc Pc(params StartupItemInfo[] items) => CheckHarness.EmptyPc with { StartupItems = items };

    [Test]
    public async Task Only_Microsofts_programs_pass()
    {
        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc(Microsofts));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("startupItems"), Is.EqualTo("5"));
        Assert.That(result.Evidence("thirdPartyStartupItems"), Is.EqualTo("0"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task A_few_programs_of_other_publishers_are_listed_and_pass()
    {
        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc([.. Microsofts, Steam, Zoom, VendorDll, Realtek]));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("thirdPartyStartupNames"), Is.EqualTo("RtkAudUService, Steam, VendorTray, Zoom"), "a DLL run by rundll32 and a driver's tool in the driver store belong to their makers");
        Assert.That(result.Summary, Does.Contain("4 programs").And.Contain("clean boot"));
    }

    [Test]
    public async Task Many_programs_of_other_publishers_warn_with_a_clean_boot()
    {
        var many = Enumerable.Range(1, 21).Select(n => Item($"Tool{n:00}", $"\"C:\\Program Files\\Tools\\tool{n}.exe\"")).ToArray();

        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc([.. Microsofts, .. many]));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("21 programs").And.Contain("Tool01, Tool02, Tool03, Tool04, Tool05 and 16 more"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "cleanboot.enter" }));
    }

    [Test]
    public async Task The_limit_comes_from_settings()
    {
        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc(Steam, Zoom), ("cleanboot.maxStartupItems", "1"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task The_same_program_for_two_users_counts_once()
    {
        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc(Steam, Steam with { User = "ben" }));

        Assert.That(result.Evidence("thirdPartyStartupItems"), Is.EqualTo("1"));
    }

    [Test]
    public async Task A_healthy_laptop_with_vendor_tools_does_not_fail()
    {
        var vendor = new[]
        {
            Realtek, Steam, Zoom,
            Item("SynTPEnh", "%ProgramFiles%\\Synaptics\\SynTP\\SynTPEnh.exe"),
            Item("Dropbox", "\"C:\\Program Files (x86)\\Dropbox\\Client\\Dropbox.exe\" /systemstartup"),
            Item("IAStorIcon", "\"C:\\Program Files\\Intel\\Intel(R) Rapid Storage Technology\\IAStorIconLaunch.exe\" 60"),
        };

        var result = await CheckHarness.RunAsync(new StartupItemsCheck(), Pc([.. Microsofts, .. vendor]));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_startup_items_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new StartupItemsCheck(), CheckHarness.EmptyPc));
    }
}
