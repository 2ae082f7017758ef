using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.CleanBoot;
using WuToolkit.Plugins.Tests.Support;

namespace WuToolkit.Plugins.Tests.CleanBoot;

public class SecurityProductsCheckTests
{
    private static readonly SecurityProductInfo Defender = new() { Name = "Microsoft Defender Antivirus", Kind = SecurityProductKind.Antivirus, Enabled = true, UpToDate = true, ExecutablePath = "windowsdefender://" };
    private static readonly SecurityProductInfo DefenderPassive = Defender with { Enabled = false, UpToDate = false };
    private static readonly SecurityProductInfo McAfeeAntivirus = new() { Name = "McAfee Total Protection", Kind = SecurityProductKind.Antivirus, Enabled = true, UpToDate = true, ExecutablePath = @"C:\Program Files\McAfee\wsc_proxy.exe" };
    private static readonly SecurityProductInfo McAfeeFirewall = McAfeeAntivirus with { Kind = SecurityProductKind.Firewall, UpToDate = null };
    private static readonly SecurityProductInfo Gdata = new() { Name = "G DATA Total Security", Kind = SecurityProductKind.Antivirus, Enabled = true, UpToDate = true };

    private static readonly ServiceInfo McAfeeService = new() { Name = "mfemms", DisplayName = "McAfee Service Controller", StartType = ServiceStartType.Automatic, State = ServiceState.Running, ImagePath = "\"C:\\Program Files\\Common Files\\McAfee\\SystemCore\\mfemms.exe\"", Publisher = "McAfee, LLC" };
    private static readonly ServiceInfo WindowsUpdate = new() { Name = "wuauserv", DisplayName = "Windows Update", StartType = ServiceStartType.Manual, State = ServiceState.Stopped, Publisher = "Microsoft Windows" };

    private static TestPc Pc(params SecurityProductInfo[] products) => CheckHarness.EmptyPc with { SecurityProducts = products };

    [Test]
    public async Task Only_Defender_passes()
    {
        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc(Defender));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Only Microsoft's security software"));
        Assert.That(result.Evidence("securityProducts"), Is.EqualTo("Microsoft Defender Antivirus (antivirus; on; definitions current)"));
        Assert.That(result.Evidence("reportedByServicesCheck"), Is.EqualTo("not known (no service list)"));
    }

    [Test]
    public async Task Third_party_antivirus_on_warns_to_uninstall_or_turn_it_off_for_the_upgrade()
    {
        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc(DefenderPassive, McAfeeAntivirus, McAfeeFirewall));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("McAfee Total Protection").And.Contain("uninstall it or turn it off for the upgrade"));
        Assert.That(result.Evidence("securityProducts"), Does.Contain("McAfee Total Protection (antivirus, firewall; on; definitions current)"));
        Assert.That(result.Summary, Does.Not.Contain("definitions"), "Defender's stale definitions while another antivirus turned it off are normal");
    }

    [Test]
    public async Task A_product_the_services_check_already_reports_is_not_reported_twice()
    {
        var pc = Pc(DefenderPassive, McAfeeAntivirus) with { Services = [McAfeeService, WindowsUpdate], ServicesComplete = true };

        var security = await CheckHarness.RunAsync(new SecurityProductsCheck(), pc);
        var services = await CheckHarness.RunAsync(new ThirdPartyServicesCheck(), pc);

        Assert.That(services.Status, Is.EqualTo(CheckStatus.Warn), "the services check keeps its behaviour");
        Assert.That(security.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(security.Summary, Does.Contain("cleanboot.third-party-services already reports").And.Contain("McAfee Total Protection"));
        Assert.That(security.Evidence("reportedByServicesCheck"), Is.EqualTo("McAfee Total Protection"));
    }

    [Test]
    public async Task A_product_the_service_table_does_not_know_is_still_reported_with_the_services_known()
    {
        var pc = Pc(Defender with { Enabled = false }, Gdata) with { Services = [WindowsUpdate], ServicesComplete = true };

        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), pc);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("G DATA Total Security"));
    }

    [Test]
    public async Task Outdated_definitions_of_a_product_that_protects_the_PC_warn()
    {
        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc(Defender with { UpToDate = false }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("definitions of Microsoft Defender Antivirus are out of date"));
        Assert.That(result.Evidence("outdatedDefinitions"), Is.EqualTo("Microsoft Defender Antivirus"));
    }

    [Test]
    public async Task A_third_party_product_that_is_off_passes_with_advice()
    {
        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc(Defender, McAfeeAntivirus with { Enabled = false }));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("installed but off"));
    }

    [Test]
    public async Task No_registered_product_passes_as_on_Windows_Server()
    {
        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("Windows Server"));
    }

    [Test]
    public async Task A_healthy_Home_PC_with_Defender_and_its_firewall_passes()
    {
        var firewall = new SecurityProductInfo { Name = "Windows Defender Firewall", Kind = SecurityProductKind.Firewall, Enabled = true };

        var result = await CheckHarness.RunAsync(new SecurityProductsCheck(), Pc(Defender, Defender with { Kind = SecurityProductKind.Antispyware }, firewall));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task A_snapshot_without_Security_Center_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new SecurityProductsCheck(), CheckHarness.EmptyPc));
    }
}
