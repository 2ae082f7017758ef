using WuToolkit.Abstractions.Machine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Testing;
using static WuToolkit.Fixing.Tests.Pcs;

namespace WuToolkit.Fixing.Tests;

/// <summary>What manages a PC's updates, as the host tells fixes: each kind of management alone, several, none, and a
/// PC whose registry cannot be read.</summary>
public class ManagementDetectorTests
{
    private const string AuKey = PolicyKey + @"\AU";
    private const string MdmKey = @"HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Update";
    private const string Enrollments = @"HKLM\SOFTWARE\Microsoft\Enrollments";

    private static RegistryValue Text(string key, string name, string data) => new() { Key = key, Name = name, Kind = "REG_SZ", Data = data };

    private static TestPc Pc(IReadOnlyList<RegistryValue> values, IReadOnlyList<string> keys, params string[] absent) => TestPc.Empty with
    {
        Registry = values,
        CompleteRegistryKeys = keys,
        AbsentRegistryKeys = absent,
        Services = [],
        ServicesComplete = true,
    };

    private static TestPc Unmanaged => Pc([], [], PolicyKey, AuKey, MdmKey) with
    {
        RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Enrollments] = [] },
    };

    private static Task<IReadOnlyList<string>> DetectAsync(TestPc pc) => ManagementDetector.DetectAsync(pc.ToMachine(), CancellationToken.None);

    [Test]
    public async Task An_unmanaged_pc_has_no_manager() =>
        Assert.That(await DetectAsync(Unmanaged), Is.Empty);

    [Test]
    public async Task A_wsus_server_in_use_is_wsus_and_one_named_but_not_used_is_not()
    {
        var used = Unmanaged with
        {
            Registry = [Text(PolicyKey, "WUServer", "http://wsus:8530"), Dword(AuKey, "UseWUServer", 1)],
            CompleteRegistryKeys = [PolicyKey, AuKey],
            AbsentRegistryKeys = [MdmKey],
        };
        var notUsed = used with { Registry = [Text(PolicyKey, "WUServer", "http://wsus:8530"), Dword(AuKey, "UseWUServer", 0)] };

        Assert.That(await DetectAsync(used), Is.EqualTo(new[] { ManagementDetector.Wsus }));
        Assert.That(await DetectAsync(notUsed), Is.Empty);
    }

    [Test]
    public async Task Deferrals_are_windows_update_for_business_and_mdm_policies_or_an_intune_enrollment_are_mdm()
    {
        var pc = Unmanaged with
        {
            Registry = [Dword(PolicyKey, "DeferQualityUpdatesPeriodInDays", 7), Dword(MdmKey, "DeferFeatureUpdatesPeriodInDays_ProviderSet", 1)],
            CompleteRegistryKeys = [PolicyKey, MdmKey],
            AbsentRegistryKeys = [AuKey],
        };
        var enrolled = Unmanaged with
        {
            RegistrySubKeys = new Dictionary<string, IReadOnlyList<string>?> { [Enrollments] = ["{A1}"] },
            Registry = [Text(Enrollments + @"\{A1}", "ProviderID", "MS DM Server")],
        };

        Assert.That(await DetectAsync(pc), Is.EqualTo(new[] { ManagementDetector.Business }), "bookkeeping alone is no MDM policy");
        Assert.That(await DetectAsync(enrolled), Is.EqualTo(new[] { ManagementDetector.Mdm }));
    }

    [Test]
    public async Task The_configuration_manager_client_is_configuration_manager()
    {
        var pc = Unmanaged with { Services = [new ServiceInfo { Name = "CcmExec", DisplayName = "SMS Agent Host", StartType = ServiceStartType.Automatic, State = ServiceState.Running }] };

        Assert.That(await DetectAsync(pc), Is.EqualTo(new[] { ManagementDetector.ConfigurationManager }));
    }

    [Test]
    public async Task A_pc_that_answers_nothing_counts_as_unmanaged() =>
        Assert.That(await DetectAsync(TestPc.Empty), Is.Empty);
}
