using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>What the Windows machine reads and writes for fix steps, tested on every OS.</summary>
public class StepParsingTests
{
    [Test]
    public void The_descriptor_is_read_from_sc_sdshow_output()
    {
        const string Sddl = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)S:(AU;FA;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;WD)";

        Assert.That(ScSecurityOutput.Sddl("\r\n" + Sddl + "\r\n\r\n"), Is.EqualTo(Sddl));
        Assert.That(ScSecurityOutput.Sddl("[SC] OpenService FAILED 1060:\r\n\r\nThe specified service does not exist as an installed service.\r\n"), Is.Null);
        Assert.That(ScSecurityOutput.Sddl(""), Is.Null);
    }

    [TestCase("REG_DWORD", "0", 0)]
    [TestCase("REG_DWORD", "4294967295", -1)]
    [TestCase("reg_dword", " 1 ", 1)]
    public void Numbers_are_read_in_decimal_as_the_registry_questions_write_them(string kind, string data, int value)
    {
        var parsed = RegistryData.Parse(kind, data);

        Assert.That(parsed?.Kind, Is.EqualTo(RegistryDataKind.DWord));
        Assert.That(parsed?.Data, Is.EqualTo(value));
    }

    [Test]
    public void Every_kind_a_step_may_set_is_parsed_and_bad_data_is_refused()
    {
        Assert.That(RegistryData.Parse("REG_QWORD", "18446744073709551615")?.Data, Is.EqualTo(-1L));
        Assert.That(RegistryData.Parse("REG_MULTI_SZ", "a\nb")?.Data, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(RegistryData.Parse("REG_MULTI_SZ", "")?.Data, Is.Empty);
        Assert.That(RegistryData.Parse("REG_BINARY", "00FF10")?.Data, Is.EqualTo(new byte[] { 0, 255, 16 }));
        Assert.That(RegistryData.Parse("REG_EXPAND_SZ", "%SystemRoot%")?.Kind, Is.EqualTo(RegistryDataKind.ExpandString));
        Assert.That(RegistryData.Parse("REG_DWORD", "-1"), Is.Null);
        Assert.That(RegistryData.Parse("REG_DWORD", "4294967296"), Is.Null);
        Assert.That(RegistryData.Parse("REG_BINARY", "xyz"), Is.Null);
        Assert.That(RegistryData.Parse("REG_NONE", ""), Is.Null);
    }

    [TestCase(ServiceStartType.Automatic, 2u, false)]
    [TestCase(ServiceStartType.AutomaticDelayed, 2u, true)]
    [TestCase(ServiceStartType.Manual, 3u, false)]
    [TestCase(ServiceStartType.Disabled, 4u, false)]
    [TestCase(ServiceStartType.Boot, 0u, false)]
    [TestCase(ServiceStartType.System, 1u, false)]
    public void Start_types_map_to_the_service_control_managers_codes(ServiceStartType startType, uint code, bool delayed) =>
        Assert.That(ServiceStartConfig.For(startType), Is.EqualTo((code, delayed)));

    [Test]
    public void What_holds_a_service_names_its_running_dependents_and_its_process()
    {
        Assert.That(ServiceHolders.Describe(["UsoSvc"], "svchost", 1234, ["BITS", "DoSvc"]),
            Does.Contain("UsoSvc").And.Contain("svchost").And.Contain("1234").And.Contain("BITS, DoSvc"));
        Assert.That(ServiceHolders.Describe([], "svchost", 88, []), Does.Contain("svchost (process 88)"));
        Assert.That(ServiceHolders.Describe([], null, null, []), Does.Contain("not known"));
    }
}
