using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.CleanBoot.Fixes;

namespace WuToolkit.Plugins.Tests.CleanBoot.Fixes;

public class StartupApprovalTests
{
    private const string Approved = @"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved";

    [TestCase(@"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run", @"HKLM\" + Approved + @"\Run")]
    [TestCase(@"HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run\", @"HKLM\" + Approved + @"\Run")]
    [TestCase(@"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Run", @"HKLM\" + Approved + @"\Run32")]
    [TestCase(@"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Run", @"HKCU\" + Approved + @"\Run")]
    [TestCase(@"HKU\S-1-5-21-1-2-3-1001\SOFTWARE\Microsoft\Windows\CurrentVersion\Run", @"HKU\S-1-5-21-1-2-3-1001\" + Approved + @"\Run")]
    [TestCase(@"HKU\.DEFAULT\SOFTWARE\Microsoft\Windows\CurrentVersion\Run", @"HKU\.DEFAULT\" + Approved + @"\Run")]
    public void Run_keys_map_to_the_switch_beside_them(string location, string key)
    {
        Assert.That(StartupApproval.KeyFor(location), Is.EqualTo(key));
    }

    [TestCase(@"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce")]
    [TestCase("Startup")]
    [TestCase("Common Startup")]
    [TestCase(@"HKCU\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Run")]
    [TestCase(@"HKU\SOFTWARE\Microsoft\Windows\CurrentVersion\Run")]
    [TestCase(@"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run\..\..\Policies")]
    [TestCase("")]
    public void Other_places_have_no_switch(string location)
    {
        Assert.That(StartupApproval.KeyFor(location), Is.Null);
    }

    [TestCase("020000000000000000000000", false)]
    [TestCase("060000000000000000000000", false)]
    [TestCase("030000004A1B2C3D4E5FDB01", true)]
    [TestCase("07 00 00 00 00 00 00 00 00 00 00 00", true)]
    [TestCase("", false)]
    [TestCase("zz", false)]
    public void The_first_byte_says_whether_a_program_is_off(string data, bool off)
    {
        Assert.That(StartupApproval.IsOff(new RegistryValue { Key = "HKLM", Name = "x", Kind = "REG_BINARY", Data = data }), Is.EqualTo(off));
    }

    [Test]
    public void Only_binary_values_can_say_off()
    {
        Assert.That(StartupApproval.IsOff(new RegistryValue { Key = "HKLM", Name = "x", Kind = "REG_SZ", Data = "03" }), Is.False);
        Assert.That(StartupApproval.IsOff(null), Is.False);
    }

    [Test]
    public void Off_is_written_as_task_manager_writes_it()
    {
        var when = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

        var data = StartupApproval.OffData(when);

        Assert.That(data, Has.Length.EqualTo(24));
        Assert.That(data, Does.StartWith("03000000"));
        Assert.That(BitConverter.ToInt64(Convert.FromHexString(data), 4), Is.EqualTo(when.ToFileTime()));
        Assert.That(StartupApproval.OffData(null), Is.EqualTo("030000000000000000000000"));
    }
}
