using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.CleanBoot;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.CleanBoot;

public class ThirdPartyServicesCheckTests
{
    private static readonly ServiceInfo WindowsUpdate = new() { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Manual, State = ServiceState.Running, ImagePath = @"C:\WINDOWS\system32\svchost.exe -k netsvcs -p", Publisher = "Microsoft Windows" };

    private static readonly ServiceInfo Bits = new() { Name = "BITS", DisplayName = "Background Intelligent Transfer Service", StartType = ServiceStartType.AutomaticDelayed, State = ServiceState.Running, ImagePath = @"C:\WINDOWS\System32\svchost.exe -k netsvcs -p", Publisher = "Microsoft Windows Publisher" };

    private static readonly ServiceInfo Defender = new() { Name = "WinDefend", DisplayName = "Microsoft Defender Antivirus Service", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\ProgramData\\Microsoft\\Windows Defender\\platform\\4.18.23110.3-0\\MsMpEng.exe\"", Publisher = "Microsoft Corporation" };

    private static readonly ServiceInfo NvidiaContainer = new() { Name = "NVDisplay.ContainerLocalSystem", DisplayName = "NVIDIA Display Container LS", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = @"C:\WINDOWS\System32\DriverStore\FileRepository\nv_dispi.inf_amd64_0d5d7d2f6e0a0b3c\Display.NvContainer\NVDisplay.Container.exe -s NVDisplay.ContainerLocalSystem -f %ProgramData%\NVIDIA\NVDisplay.ContainerLocalSystem.log", Publisher = "NVIDIA Corporation" };

    private static readonly ServiceInfo AdobeUpdate = new() { Name = "AdobeARMservice", DisplayName = "Adobe Acrobat Update Service", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files (x86)\\Common Files\\Adobe\\ARM\\1.0\\armsvc.exe\"", Publisher = "Adobe Inc." };

    private static readonly ServiceInfo McAfeeController = new() { Name = "mfemms", DisplayName = "McAfee Service Controller", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files\\Common Files\\McAfee\\SystemCore\\mfemms.exe\"", Publisher = "McAfee, LLC" };

    private static readonly ServiceInfo Malwarebytes = new() { Name = "MBAMService", DisplayName = "Malwarebytes Service", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files\\Malwarebytes\\Anti-Malware\\MBAMService.exe\"", Publisher = "Malwarebytes Inc" };

    private static TestPc PcWithServices(params ServiceInfo[] services) =>
        CheckHarness.EmptyPc with { Services = services, ServicesComplete = true };

    [Test]
    public async Task Only_Microsoft_services_pass()
    {
        var result = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), PcWithServices(WindowsUpdate, Bits, Defender));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("No third-party service"));
        Assert.That(result.Evidence("thirdPartyRunning"), Is.EqualTo("0"));
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task Ordinary_third_party_services_pass_with_a_count()
    {
        var result = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), PcWithServices(WindowsUpdate, NvidiaContainer, AdobeUpdate, Defender));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.StartWith("2 third-party services"));
        Assert.That(result.Evidence("thirdPartyRunning"), Is.EqualTo("2"));
        Assert.That(result.Evidence("thirdPartyServices"), Is.EqualTo("AdobeARMservice, NVDisplay.ContainerLocalSystem"));
    }

    [Test]
    public async Task Running_security_software_warns_and_suggests_a_clean_boot()
    {
        var result = await CheckHarness.RunAsync(
            new ThirdPartyServicesCheck(),
            PcWithServices(WindowsUpdate, Defender, NvidiaContainer, McAfeeController, Malwarebytes));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("McAfee").And.Contain("Malwarebytes").And.Contain("clean boot"));
        Assert.That(result.Evidence("securityServices"), Is.EqualTo("MBAMService, mfemms"));
        Assert.That(result.Evidence("thirdPartyRunning"), Is.EqualTo("3"));
        Assert.That(result.FixIds, Is.EqualTo(new[] { "cleanboot.enter" }));
    }

    [Test]
    public async Task Security_software_is_recognised_by_its_service_name_or_by_its_display_name()
    {
        var kaspersky = new ServiceInfo { Name = "AVP21.3", DisplayName = "Kaspersky Anti-Virus Service 21.3", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files (x86)\\Kaspersky Lab\\Kaspersky Anti-Virus 21.3\\avp.exe\" -r", Publisher = "AO Kaspersky Lab" };
        var bitdefender = new ServiceInfo { Name = "EPProtectedService", DisplayName = "Bitdefender Endpoint Protected Service", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files\\Bitdefender\\Endpoint Security\\EPProtectedService.exe\"", Publisher = "Bitdefender SRL" };

        var result = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), PcWithServices(bitdefender, kaspersky));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Evidence("securitySoftware"), Is.EqualTo("Kaspersky, Bitdefender"));
        Assert.That(result.Evidence("securityServices"), Is.EqualTo("AVP21.3, EPProtectedService"));
    }

    [Test]
    public async Task Stopped_security_software_and_services_of_unknown_publisher_are_not_counted()
    {
        var stoppedMcAfee = McAfeeController with { State = ServiceState.Stopped };
        var unknown = new ServiceInfo { Name = "ResetService", DisplayName = "Reset Helper", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = @"C:\Tools\reset.exe" };

        var result = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), PcWithServices(WindowsUpdate, stoppedMcAfee, unknown));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("thirdPartyRunning"), Is.EqualTo("0"));
        Assert.That(result.Evidence("unknownPublisher"), Is.EqualTo("1"));
    }

    [Test]
    public async Task A_name_that_merely_contains_a_vendor_word_is_not_security_software()
    {
        var preset = new ServiceInfo { Name = "PresetSync", DisplayName = "Preset Sync Service", StartType = ServiceStartType.Manual, State = ServiceState.Running, ImagePath = null, Publisher = "Contoso Ltd." };

        var result = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), PcWithServices(preset));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Preset Sync Service"));
    }

    [Test]
    public async Task A_snapshot_without_the_service_list_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ThirdPartyServicesCheck(), CheckHarness.EmptyPc));
    }
}
