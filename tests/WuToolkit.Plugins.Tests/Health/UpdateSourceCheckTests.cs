using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class UpdateSourceCheckTests
{
    private const string Policy = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    private const string Au = Policy + @"\AU";
    private const string MdmUpdate = @"HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Update";
    private const string Enrollments = @"HKLM\SOFTWARE\Microsoft\Enrollments";
    private const string IntuneEnrollment = "0F3B1C52-3F4E-4B8E-9C0A-1B2C3D4E5F60";

    private static readonly UpdateServiceRegistration WindowsUpdate = new()
    {
        ServiceId = "9482f4b4-e343-43b6-b170-9a65bc822c77", Name = "Windows Update", IsDefaultAUService = true, IsRegisteredWithAU = true,
    };

    private static readonly UpdateServiceRegistration MicrosoftUpdate = new()
    {
        ServiceId = "7971f918-a847-4430-9279-4a52d1efe18d", Name = "Microsoft Update", IsRegisteredWithAU = true,
    };

    private static readonly UpdateServiceRegistration Wsus = new()
    {
        ServiceId = "3da21691-e39d-4da6-8a4b-b43877bcb1b7", Name = "Windows Server Update Service", IsDefaultAUService = true, IsManaged = true, IsRegisteredWithAU = true,
    };

    private static RegistryValue Value(string key, string name, string data, string kind = "REG_DWORD") => new() { Key = key, Name = name, Kind = kind, Data = data };

    /// <summary>A home PC: no policy, no MDM, no Configuration Manager, Windows Update only.</summary>
    private static TestPc Unmanaged => CheckHarness.EmptyPc with
    {
        AbsentRegistryKeys = [Policy, Au, MdmUpdate],
        RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Enrollments] = ["Context", "Ownership"] },
        AbsentRegistryValues = [($@"{Enrollments}\Context", "ProviderID"), ($@"{Enrollments}\Ownership", "ProviderID")],
        AbsentServices = ["CcmExec"],
        UpdateServices = [WindowsUpdate],
    };

    /// <summary>A PC whose policy keys hold these values (both read whole).</summary>
    private static TestPc WithPolicy(TestPc pc, params RegistryValue[] values) => pc with
    {
        Registry = [.. pc.Registry ?? [], .. values],
        AbsentRegistryKeys = [.. (pc.AbsentRegistryKeys ?? []).Where(key => key is not (Policy or Au))],
        CompleteRegistryKeys = [.. pc.CompleteRegistryKeys ?? [], Policy, Au],
    };

    private static TestPc WsusClient(params RegistryValue[] more) => WithPolicy(
        Unmanaged with { UpdateServices = [Wsus, WindowsUpdate with { IsDefaultAUService = false }] },
        [Value(Policy, "WUServer", "http://wsus.contoso.com:8530", "REG_SZ"), Value(Policy, "WUStatusServer", "http://wsus.contoso.com:8530", "REG_SZ"), Value(Au, "UseWUServer", "1"), .. more]);

    [Test]
    public async Task A_home_PC_gets_its_updates_straight_from_Windows_Update()
    {
        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), Unmanaged);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "straight from Windows Update (not managed)");
        ResultAssert.SummaryContains(result, "updates for other Microsoft products: off");
        ResultAssert.HasEvidence(result, "managed", "no");
        ResultAssert.HasEvidence(result, "mdmEnrollment", "no");
        ResultAssert.HasEvidence(result, "configMgrClient", "no");
        ResultAssert.HasEvidence(result, "defaultService", "Windows Update");
    }

    [Test]
    public async Task Microsoft_Update_registered_means_updates_for_other_products_are_on()
    {
        var pc = Unmanaged with { UpdateServices = [MicrosoftUpdate with { IsDefaultAUService = true }, WindowsUpdate with { IsDefaultAUService = false }] };

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "straight from Microsoft Update");
        ResultAssert.HasEvidence(result, "otherMicrosoftProducts", "on");
    }

    [Test]
    public async Task A_WSUS_client_passes_and_names_its_server()
    {
        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), WsusClient());

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "managed by WSUS (http://wsus.contoso.com:8530)");
        ResultAssert.HasEvidence(result, "managed", "yes");
        ResultAssert.HasEvidence(result, "wuServer", "http://wsus.contoso.com:8530");
        ResultAssert.HasEvidence(result, "defaultService", "Windows Server Update Service");
    }

    [Test]
    public async Task An_Intune_PC_with_update_rings_passes_as_managed()
    {
        var pc = Unmanaged with
        {
            AbsentRegistryKeys = [Policy, Au],
            CompleteRegistryKeys = [MdmUpdate],
            Registry =
            [
                Value(MdmUpdate, "DeferFeatureUpdatesPeriodInDays", "30"),
                Value(MdmUpdate, "DeferFeatureUpdatesPeriodInDays_ProviderSet", "1"),
                Value(MdmUpdate, "DeferFeatureUpdatesPeriodInDays_WinningProvider", IntuneEnrollment, "REG_SZ"),
                Value($@"{Enrollments}\{IntuneEnrollment}", "ProviderID", "MS DM Server", "REG_SZ"),
            ],
            RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Enrollments] = ["Context", IntuneEnrollment] },
            AbsentRegistryValues = [($@"{Enrollments}\Context", "ProviderID")],
        };

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "managed by MDM (Intune)");
        ResultAssert.HasEvidence(result, "mdmEnrollment", "yes");
        ResultAssert.HasEvidence(result, "mdmUpdatePolicies", "DeferFeatureUpdatesPeriodInDays");
    }

    [Test]
    public async Task Windows_Update_for_Business_deferrals_and_a_target_release_are_named()
    {
        var pc = WithPolicy(Unmanaged,
            Value(Policy, "DeferQualityUpdates", "1"),
            Value(Policy, "DeferQualityUpdatesPeriodInDays", "7"),
            Value(Policy, "TargetReleaseVersion", "1"),
            Value(Policy, "TargetReleaseVersionInfo", "22H2", "REG_SZ"),
            Value(Policy, "ProductVersion", "Windows 10", "REG_SZ"),
            Value(Au, "NoAutoUpdate", "0"));

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "managed by Windows Update for Business");
        ResultAssert.SummaryContains(result, "holds the PC at Windows 10 22H2");
        ResultAssert.HasEvidence(result, "windowsUpdateForBusiness",
            "DeferQualityUpdates=1, DeferQualityUpdatesPeriodInDays=7, TargetReleaseVersion=1, TargetReleaseVersionInfo=22H2, ProductVersion=Windows 10");
    }

    [Test]
    public async Task A_Configuration_Manager_client_is_named_first()
    {
        var pc = WsusClient() with
        {
            AbsentServices = [],
            Services = [new ServiceInfo { Name = "CcmExec", DisplayName = "Microsoft Endpoint Configuration Manager Agent", StartType = ServiceStartType.Automatic, State = ServiceState.Running }],
        };

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "managed by Configuration Manager, WSUS (http://wsus.contoso.com:8530)");
        ResultAssert.HasEvidence(result, "configMgrClient", "yes");
    }

    [Test]
    public async Task UseWUServer_without_a_server_warns_because_every_search_fails()
    {
        var pc = WithPolicy(Unmanaged, Value(Au, "UseWUServer", "1"));

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "UseWUServer=1");
        ResultAssert.SummaryContains(result, "every search for updates fails");
        ResultAssert.HasEvidence(result, "wuServer", "not set");
    }

    [Test]
    public async Task Windows_Update_access_removed_without_WSUS_warns()
    {
        var pc = WithPolicy(Unmanaged, Value(Policy, "DisableWindowsUpdateAccess", "1"));

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "0x8024002E");
    }

    [Test]
    public async Task WSUS_that_forbids_Microsofts_servers_warns_about_optional_features_and_the_Store()
    {
        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), WsusClient(Value(Policy, "DoNotConnectToWindowsUpdateInternetLocations", "1")));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "managed by WSUS");
        ResultAssert.SummaryContains(result, "0x800F0954");
    }

    [Test]
    public async Task Policies_that_cannot_break_anything_without_WSUS_pass()
    {
        // Both apply only to clients of an intranet server, and a named server without UseWUServer is ignored.
        var pc = WithPolicy(Unmanaged,
            Value(Policy, "DoNotConnectToWindowsUpdateInternetLocations", "1"),
            Value(Policy, "WUServer", "http://old-wsus:8530", "REG_SZ"),
            Value(Au, "UseWUServer", "0"));

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.SummaryContains(result, "a WSUS server is named (http://old-wsus:8530) but not in use");
        ResultAssert.HasEvidence(result, "managed", "no");
    }

    [Test]
    public async Task Management_facts_a_snapshot_lacks_are_unknown_and_the_policy_still_decides()
    {
        var pc = WithPolicy(CheckHarness.EmptyPc, Value(Au, "UseWUServer", "1"));

        var result = await CheckHarness.RunAsync(new UpdateSourceCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.HasEvidence(result, "mdmEnrollment", "unknown");
        ResultAssert.HasEvidence(result, "configMgrClient", "unknown");
        ResultAssert.HasEvidence(result, "otherMicrosoftProducts", "unknown");
        ResultAssert.HasEvidence(result, "mdmUpdatePolicies", "unknown");
    }

    [Test]
    public async Task Without_the_policy_keys_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new UpdateSourceCheck(), CheckHarness.EmptyPc));
    }
}
