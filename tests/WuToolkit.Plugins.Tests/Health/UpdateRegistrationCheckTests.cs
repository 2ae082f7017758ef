using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class UpdateRegistrationCheckTests
{
    private static readonly UpdateServiceRegistration WindowsUpdate = new()
    {
        ServiceId = "9482f4b4-e343-43b6-b170-9a65bc822c77", Name = "Windows Update", IsDefaultAUService = true, IsRegisteredWithAU = true,
    };

    private static readonly UpdateServiceRegistration Store = new()
    {
        ServiceId = "855e8a7c-ecb4-4ca3-b045-1dfa50104289", Name = "Windows Store (DCat Prod)",
    };

    private static TestPc Pc(params UpdateServiceRegistration[] services) => CheckHarness.EmptyPc with { UpdateServices = services };

    [Test]
    public async Task Windows_Update_as_the_default_passes()
    {
        var result = await CheckHarness.RunAsync(new UpdateRegistrationCheck(), Pc(WindowsUpdate, Store));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "Automatic updates come from Windows Update (registered: Windows Update, Windows Store (DCat Prod))");
        ResultAssert.HasEvidence(result, "Windows Update", "9482f4b4-e343-43b6-b170-9a65bc822c77, default for automatic updates, registered with automatic updates");
    }

    [Test]
    public async Task A_managed_WSUS_default_passes()
    {
        var wsus = new UpdateServiceRegistration
        {
            ServiceId = "3da21691-e39d-4da6-8a4b-b43877bcb1b7", Name = "Windows Server Update Service", IsDefaultAUService = true, IsManaged = true, IsRegisteredWithAU = true,
        };

        var result = await CheckHarness.RunAsync(new UpdateRegistrationCheck(), Pc(wsus, WindowsUpdate with { IsDefaultAUService = false }));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "come from Windows Server Update Service");
        ResultAssert.HasEvidence(result, "Windows Server Update Service", "3da21691-e39d-4da6-8a4b-b43877bcb1b7, default for automatic updates, managed, registered with automatic updates");
    }

    [Test]
    public async Task No_service_registered_fails_with_a_reset_of_the_components()
    {
        var result = await CheckHarness.RunAsync(new UpdateRegistrationCheck(), Pc());

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "connected to no update source");
        ResultAssert.HasEvidence(result, "services", "none");
        Assert.That(result.FixIds, Is.EqualTo(new[] { "cache.reset-download" }));
    }

    [Test]
    public async Task No_default_service_warns()
    {
        var result = await CheckHarness.RunAsync(new UpdateRegistrationCheck(), Pc(WindowsUpdate with { IsDefaultAUService = false }, Store));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "(Windows Update, Windows Store (DCat Prod))");
        ResultAssert.NamesFix(result, "cache.reset-download");
    }

    [Test]
    public async Task Without_the_registrations_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new UpdateRegistrationCheck(), CheckHarness.EmptyPc));
    }
}
