using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class WuFailureRuleTests
{
    [Test]
    public void A_failure_written_on_several_lines_is_one_finding_with_the_update_as_subject()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Misc", @"*FAILED* [80096010] Error: verifying trust for C:\Windows\SoftwareDistribution\Download\af20\e5f8b22b")
            .Wu("Misc", @"*FAILED* [80096010] Digital Signatures on file C:\Windows\SoftwareDistribution\Download\af20\e5f8b22b are not trusted")
            .Wu("DownloadManager", "*FAILED* [80096010] Failed to postprocess the file: URL = 'http://tlu.dl.delivery.mp.microsoft.com/filestreamingservice/files/cd0c', Local path = 'C:\\Windows\\SoftwareDistribution\\Download\\af20'")
            .Wu("DownloadManager", "*FAILED* [80096010] Error occurred while downloading update 4E95DCBD-E67C-46AF-985B-F29D655C3480.1; notifying dependent calls.")
            .Wu("Agent", "WU client calls back to download call {4290B0DC-4EE8-4B8C-83A1-3D3CEBA300D9} with code Call complete and error 0x80096010")
            .Wu("DownloadManager", "*FAILED* [8024000C] DynamicDownloadDataFetcher Refresh complete")
            .Run(new WuFailureRule());

        var failure = findings.Single();
        Assert.That(failure.Severity, Is.EqualTo(FindingSeverity.Failure));
        Assert.That((failure.Code, failure.Entry.Line, failure.Entry.Component), Is.EqualTo(((uint?)0x80096010, 1L, "Misc")));
        Assert.That(failure.Subject, Is.EqualTo("4E95DCBD-E67C-46AF-985B-F29D655C3480.1"));
        Assert.That(failure.Summary, Does.Contain("signature"));
        Assert.That(failure.FixIds, Does.Contain("cache.reset-download"));
    }

    [Test]
    public void The_classic_format_names_the_self_update_cab_and_points_at_the_network()
    {
        var failure = LogBuilder.WindowsUpdate()
            .Wu("Setup", "Checking for agent SelfUpdate")
            .Later(24)
            .Wu("Misc", "WARNING: Send failed with hr = 80072ee2.")
            .Wu("Misc", "WARNING: SendRequest failed with hr = 80072ee2. Proxy List used: <(null)> Bypass List used : <(null)> Auth Schemes used : <>")
            .Wu("Misc", "WARNING: WinHttp: SendRequestUsingProxy failed for <http://mywsusurl//selfupdate/wuident.cab>. error 0x80072ee2")
            .Run(new WuFailureRule()).Single();

        Assert.That((failure.Code, failure.Entry.Line), Is.EqualTo(((uint?)0x80072EE2, 2L)));
        Assert.That(failure.Subject, Is.EqualTo("http://mywsusurl//selfupdate/wuident.cab"));
        Assert.That(failure.Summary, Does.Contain("wuident.cab"));
        Assert.That(failure.CheckIds, Is.EquivalentTo(new[] { "network.endpoints", "network.proxy" }));
    }

    [Test]
    public void A_failure_retried_at_once_is_a_warning()
    {
        var warning = LogBuilder.WindowsUpdate()
            .Wu("Misc", "*FAILED* [80072EFE] Send request")
            .Wu("Misc", "*FAILED* [80072EFE] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)")
            .Wu("DownloadManager", "PurgeExpiredUpdates: Found 190 expired updates.")
            .Run(new WuFailureRule()).Single();

        Assert.That(warning.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(warning.Summary, Does.Contain("retried"));
    }

    [Test]
    public void A_retried_error_does_not_hide_the_same_error_failing_for_good_later()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Misc", "*FAILED* [80072EFE] Send request")
            .Wu("Misc", "*FAILED* [80072EFE] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)")
            .Later(600)
            .Wu("Misc", "*FAILED* [80072EFE] Send request")
            .Wu("Misc", "*FAILED* [80072EFE] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)")
            .Later(60)
            .Wu("SLS", "*FAILED* [80072EFE] GetResponse: Failed to get response from server")
            .Run(new WuFailureRule());

        Assert.That(findings.Select(f => (f.Severity, f.Entry.Line)), Is.EqualTo(new[] { (FindingSeverity.Warning, 1L), (FindingSeverity.Failure, 5L) }));
    }

    [Test]
    public void BITS_Delivery_Optimization_and_HTTP_403_failures_are_named_per_update()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Agent", "WU client calls back to download call {18F9C04B-6B4B-42F4-91B8-563A530094CF} with code Call progress and error 0x8020002b")
            .Wu("DownloadManager", "BITS job {5E92E4F4-AD99-4DDC-9200-3662198BC31C} failed, updateId = E3766677-6547-4EC8-9097-4C7E37190DDA.1, hr = 0x8020002B. File URL = http://2.tlu.dl.delivery.mp.microsoft.com/filestreamingservice/files/d96b")
            .Wu("DownloadManager", "*FAILED* [8020002B] Error occurred while downloading update E3766677-6547-4EC8-9097-4C7E37190DDA.1; notifying dependent calls.")
            .Later(3600)
            .Wu("DownloadManager", "*FAILED* [80D05001] All available CDNs for the update 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200 are tried but the download job B925DB3E-3616-41B0-9893-324AA1872F3E still failed.")
            .Wu("DownloadManager", "DO job {B925DB3E-3616-41B0-9893-324AA1872F3E} failed, updateId = 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200, hr = 0x80D05001. File URL = http://2.au.download.windowsupdate.com/d/msdownload/update/software/uprl/2021/07/windows-kb890830-x64")
            .Later(1000)
            .Wu("Agent", "WU client calls back to download call {6F3BA7D2-B729-423F-827A-5B6BDBC7643A} with code Call progress and error 0x80244018")
            .Wu("DownloadManager", "DO job {2C552B4A-A637-451F-8243-9308B611DECE} 403'd, updateId = FF95561B-934D-4F58-AF55-CABBDFFB1A92.1, hr = 0x80190193, BG_ERROR_CONTEXT = 5")
            .Wu("DownloadManager", "*FAILED* [8024000E] Method failed [CAgentDownloadManager::GetTLUExpirationMaximumRetryCount:24387]")
            .Wu("Misc", "*FAILED* [80070057] Method failed [AuthTicketHelper::AddTickets:1236]")
            .Later(35)
            .Wu("DownloadManager", "*FAILED* [80D05001] All available CDNs for the update FF95561B-934D-4F58-AF55-CABBDFFB1A92.1 are tried but the download job 2C552B4A-A637-451F-8243-9308B611DECE still failed.")
            .Run(new WuFailureRule());

        Assert.That(findings.Select(f => (f.Severity, f.Code, f.Subject, f.Entry.Line)), Is.EqualTo(new[]
        {
            (FindingSeverity.Failure, (uint?)0x8020002B, "E3766677-6547-4EC8-9097-4C7E37190DDA.1", 2L),
            (FindingSeverity.Failure, (uint?)0x80D05001, "4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200", 4L),
            (FindingSeverity.Failure, (uint?)0x80190193, "FF95561B-934D-4F58-AF55-CABBDFFB1A92.1", 7L),
            (FindingSeverity.Failure, (uint?)0x80D05001, "FF95561B-934D-4F58-AF55-CABBDFFB1A92.1", 10L),
        }));
        Assert.That(findings[0].Summary, Does.Contain("BITS"));
        Assert.That(findings[1].Summary, Does.Contain("Delivery Optimization"));
        Assert.That(findings[2].Summary, Does.Contain("403").And.Contain("0x80244018"));
    }

    [Test]
    public void A_callback_is_reported_only_when_nothing_else_named_its_failure()
    {
        var failure = LogBuilder.WindowsUpdate()
            .Wu("Agent", "WU client calls back to search call {AB12CD34-0000-4000-8000-000000000001} with code Call complete and error 0x8024402C")
            .Run(new WuFailureRule()).Single();

        Assert.That((failure.Code, failure.Entry.Component), Is.EqualTo(((uint?)0x8024402C, "Agent")));
        Assert.That(failure.CheckIds, Does.Contain("network.proxy"));
    }

    [Test]
    public void Exit_codes_and_error_forms_of_the_classic_agent_are_read_and_success_codes_are_not()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Service", "**  END  **  Service: Service exit [Exit code = 0x240001]")
            .Wu("Agent", "  * WARNING: Failed to filter search results, error = 0x8024000B")
            .Later(60)
            .Wu("Agent", "  * WARNING: Exit code = 0x80070422")
            .Wu("Agent", "* END * Finding updates CallerId = UpdateOrchestrator, Exit code = 0x00000000")
            .Run(new WuFailureRule());

        Assert.That(findings.Select(f => f.Code), Is.EqualTo(new uint?[] { 0x8024000B, 0x80070422 }));
        Assert.That(findings[1].CheckIds, Does.Contain("services.update-services"));
        Assert.That(findings[1].FixIds, Does.Contain("services.restore-defaults"));
    }

    [Test]
    public void Disk_full_and_secure_channel_codes_point_where_they_should()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Handler", "*FAILED* [80070070] CBS called Error with 0x80070070")
            .Later(60)
            .Wu("WS", "*FAILED* [80072F8F] Send request")
            .Run(new WuFailureRule());

        Assert.That(findings[0].CheckIds, Does.Contain("disk.free-space"));
        Assert.That(findings[0].FixIds, Does.Contain("disk.cleanup"));
        Assert.That(findings[1].CheckIds, Is.Empty, "no check looks at the clock or TLS yet");
        Assert.That(findings[1].Summary, Does.Contain("date and time"));
    }

    [Test]
    public void Asking_whether_an_undownloaded_update_needs_commit_is_one_warning()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("ComApi", "*FAILED* [80246007] ISusInternal:: IsCommitRequired")
            .Wu("ComApi", "Reloading CUpdate A42414EB-7171-40E1-852F-7FDF9AD5B63F.8 from datastore...")
            .Wu("ComApi", "*FAILED* [80246007] ISusInternal:: IsCommitRequired")
            .Run(new WuFailureRule());

        var warning = findings.Single();
        Assert.That((warning.Severity, warning.Code), Is.EqualTo((FindingSeverity.Warning, (uint?)0x80246007)));
    }

    [Test]
    public void Driver_installs_are_left_to_the_driver_rule_with_the_code_they_map_to()
    {
        var findings = LogBuilder.WindowsUpdate()
            .Wu("Driver", @"*FAILED* [800F024B] Error Installing PnP Driver pci\ven_10de&dev_1b81")
            .Wu("Handler", @"*FAILED* [800F024B] Driver Install of {4E95DCBD-E67C-46AF-985B-F29D655C3480} on pci\ven_10de&dev_1b81 (mapping to error 8024200B)")
            .Wu("Handler", "Exit code = 0x8024200B")
            .Wu("WIL", @"*FAILED* [80070002] file = onecore\enduser\windowsupdate\client\comapi\deploymentjobhost.cpp, line = 1468")
            .Wu("UDP", "*FAILED* [8024200B] Deployment job Id 9277A626-8759-47CC-A307-10D3CFDF30E7 : Installing for Top level update id 4E95DCBD-E67C-46AF-985B-F29D655C3480.1")
            .Wu("Handler", "*FAILED* [800700B7] Handler process got unexpected result: 0, exiting")
            .Run(new WuFailureRule());

        Assert.That(findings, Is.Empty);
    }
}
