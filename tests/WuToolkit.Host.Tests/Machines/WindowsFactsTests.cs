using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Windows;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>The Windows machine is thin; what interprets its answers is pure and tested here with values as
/// real PCs report them.</summary>
public class WindowsFactsTests
{
    private const string Windows = @"C:\WINDOWS";

    private static string Expand(string text) => text.Replace("%SystemRoot%", Windows, StringComparison.OrdinalIgnoreCase)
        .Replace("%windir%", Windows, StringComparison.OrdinalIgnoreCase)
        .Replace("%ProgramFiles%", @"C:\Program Files", StringComparison.OrdinalIgnoreCase);

    [TestCase(@"C:\WINDOWS\system32\svchost.exe -k netsvcs -p", @"C:\WINDOWS\system32\svchost.exe")]
    [TestCase(@"%SystemRoot%\system32\svchost.exe -k NetworkService -p", @"C:\WINDOWS\system32\svchost.exe")]
    [TestCase(@"""C:\Program Files\Common Files\McAfee\SystemCore\mfemms.exe""", @"C:\Program Files\Common Files\McAfee\SystemCore\mfemms.exe")]
    [TestCase(@"""C:\ProgramData\Microsoft\Windows Defender\platform\4.18.23110.3-0\MsMpEng.exe""", @"C:\ProgramData\Microsoft\Windows Defender\platform\4.18.23110.3-0\MsMpEng.exe")]
    [TestCase(@"C:\WINDOWS\servicing\TrustedInstaller.exe", @"C:\WINDOWS\servicing\TrustedInstaller.exe")]
    [TestCase(@"\SystemRoot\System32\drivers\ACPI.sys", @"C:\WINDOWS\System32\drivers\ACPI.sys")]
    [TestCase(@"System32\drivers\afd.sys", @"C:\WINDOWS\System32\drivers\afd.sys")]
    [TestCase(@"\??\C:\ProgramData\Microsoft\Windows Defender\Definition Updates\{0}\WdFilter.sys", @"C:\ProgramData\Microsoft\Windows Defender\Definition Updates\{0}\WdFilter.sys")]
    [TestCase(@"C:\Program Files\Vendor Tool\agent.exe /service", @"C:\Program Files\Vendor Tool\agent.exe")]
    [TestCase(@"""C:\unterminated\x.exe", @"C:\unterminated\x.exe")]
    public void The_executable_is_found_in_a_service_image_path(string imagePath, string expected) =>
        Assert.That(ServiceImagePath.Executable(imagePath, Windows, Expand), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void An_empty_image_path_names_no_executable(string? imagePath) =>
        Assert.That(ServiceImagePath.Executable(imagePath, Windows, Expand), Is.Null);

    [TestCase("Windows 10 Pro", 22631, "Windows 11 Pro")]
    [TestCase("Windows 10 Enterprise", 26100, "Windows 11 Enterprise")]
    [TestCase("Windows 10 Pro", 19045, "Windows 10 Pro")]
    [TestCase("Windows Server 2022 Standard", 20348, "Windows Server 2022 Standard")]
    [TestCase(null, 19045, "Windows")]
    public void Windows_11_is_named_from_its_build_not_the_registry(string? registry, int build, string expected) =>
        Assert.That(WindowsFacts.ProductName(registry, build), Is.EqualTo(expected));

    [TestCase("2.0, 0, 1.59", "2.0")]
    [TestCase("1.2, 2, 3", "1.2")]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void The_tpm_version_is_read_from_wmi_spec_version(string? spec, string? expected) =>
        Assert.That(WindowsFacts.TpmSpecVersion(spec), Is.EqualTo(expected));

    [TestCase("2024-01 Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (KB5034122)", "KB5034122")]
    [TestCase("Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.403.3151.0)", "KB2267602")]
    [TestCase("2022-10 Servicing Stack Update for Windows 10 Version 21H2 for x64-based Systems (KB5018506)", "KB5018506")]
    [TestCase("Intel - System - 10/3/2016 12:00:00 AM - 30.100.1643.1", null)]
    [TestCase("9NBLGGH4NNS1-Microsoft.DesktopAppInstaller", null)]
    public void The_kb_id_is_read_from_an_update_title(string title, string? expected) =>
        Assert.That(WindowsFacts.KbId(title), Is.EqualTo(expected));

    [TestCase(2, UpdateResult.Succeeded)]
    [TestCase(3, UpdateResult.SucceededWithErrors)]
    [TestCase(4, UpdateResult.Failed)]
    [TestCase(5, UpdateResult.Aborted)]
    [TestCase(1, UpdateResult.InProgress)]
    public void Update_agent_result_codes_map(int code, UpdateResult expected) =>
        Assert.That(WindowsFacts.Result(code), Is.EqualTo(expected));

    [Test]
    public void Registry_data_is_text_as_reg_query_would_show_it()
    {
        Assert.That(WindowsFacts.RegistryData(1), Is.EqualTo("1"));
        Assert.That(WindowsFacts.RegistryData(unchecked((int)0xFFFFFFFF)), Is.EqualTo("4294967295"), "a DWORD is unsigned");
        Assert.That(WindowsFacts.RegistryData(new[] { "a", "b" }), Is.EqualTo("a\nb"));
        Assert.That(WindowsFacts.RegistryData(new byte[] { 0x01, 0xAB }), Is.EqualTo("01AB"));
        Assert.That(WindowsFacts.RegistryData("http://wsus.contoso.local:8530"), Is.EqualTo("http://wsus.contoso.local:8530"));
    }

    [TestCase(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate", "HKLM", @"SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate")]
    [TestCase(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\wuauserv\", "HKLM", @"SYSTEM\CurrentControlSet\Services\wuauserv")]
    [TestCase(@"hkcu\Software", "HKCU", "Software")]
    public void Registry_paths_name_their_hive(string key, string hive, string subKey) =>
        Assert.That(WindowsFacts.RegistryPath(key), Is.EqualTo((hive, subKey)));

    [Test]
    public void A_registry_path_without_a_hive_is_refused() =>
        Assert.That(WindowsFacts.RegistryPath(@"SOFTWARE\Microsoft"), Is.Null);
}
