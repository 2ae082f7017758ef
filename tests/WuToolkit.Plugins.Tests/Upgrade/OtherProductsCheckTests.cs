using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class OtherProductsCheckTests
{
    private static readonly UpdateServiceRegistration WindowsUpdate = new() { ServiceId = "9482f4b4-e343-43b6-b170-9a65bc822c77", Name = "Windows Update", IsDefaultAUService = true, IsRegisteredWithAU = true };
    private static readonly UpdateServiceRegistration MicrosoftUpdate = new() { ServiceId = "7971F918-A847-4430-9279-4A52D1EFE18D", Name = "Microsoft Update", IsRegisteredWithAU = true };
    private static readonly UpdateServiceRegistration Store = new() { ServiceId = "855e8a7c-ecb4-4ca3-b045-1dfa50104289", Name = "Windows Store (DCat Prod)" };
    private static readonly UpdateServiceRegistration Wsus = new() { ServiceId = "3da21691-e39d-4da6-8a4b-b43877bcb1b7", Name = "Windows Server Update Service", IsDefaultAUService = true, IsManaged = true, IsRegisteredWithAU = true };

    private static TestPc Pc(params UpdateServiceRegistration[] services) => CheckHarness.EmptyPc with { UpdateServices = services };

    [Test]
    public async Task Microsoft_Update_registered_with_automatic_updates_is_on_and_passes()
    {
        var result = await CheckHarness.RunAsync(new OtherProductsCheck(), Pc(WindowsUpdate, MicrosoftUpdate, Store));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("is on"));
        Assert.That(result.Evidence("microsoftUpdate"), Is.EqualTo("registered with automatic updates"));
        Assert.That(result.Evidence("defaultAutomaticUpdatesService"), Is.EqualTo("Windows Update"));
    }

    [Test]
    public async Task No_Microsoft_Update_is_off_and_passes()
    {
        var result = await CheckHarness.RunAsync(new OtherProductsCheck(), Pc(WindowsUpdate, Store));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("is off"));
        Assert.That(result.Evidence("microsoftUpdate"), Is.EqualTo("not registered"));
    }

    [Test]
    public async Task Microsoft_Update_known_but_not_used_by_automatic_updates_is_off()
    {
        var result = await CheckHarness.RunAsync(new OtherProductsCheck(), Pc(WindowsUpdate, MicrosoftUpdate with { IsRegisteredWithAU = false }));

        Assert.That(result.Summary, Does.Contain("is off"));
        Assert.That(result.Evidence("microsoftUpdate"), Is.EqualTo("registered, not with automatic updates"));
    }

    [Test]
    public async Task A_PC_managed_through_WSUS_passes_naming_its_server()
    {
        var result = await CheckHarness.RunAsync(new OtherProductsCheck(), Pc(Wsus, MicrosoftUpdate, Store));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("defaultAutomaticUpdatesService"), Is.EqualTo("Windows Server Update Service"));
    }

    [Test]
    public async Task No_service_registered_still_passes_as_a_note()
    {
        var result = await CheckHarness.RunAsync(new OtherProductsCheck(), Pc());

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Evidence("defaultAutomaticUpdatesService"), Is.EqualTo("none"));
    }

    [Test]
    public async Task A_snapshot_without_the_services_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new OtherProductsCheck(), CheckHarness.EmptyPc));
    }
}
