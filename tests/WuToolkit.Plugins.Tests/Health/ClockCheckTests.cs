using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Health;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Health;

public class ClockCheckTests
{
    private const string Parameters = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters";

    private static ServiceInfo TimeService(ServiceStartType startType) =>
        new() { Name = "W32Time", DisplayName = "Windows Time", StartType = startType, State = ServiceState.Stopped };

    /// <summary>A PC whose clock is <paramref name="offset"/> from time.windows.com, with the w32time set-up of a home PC.</summary>
    private static TestPc PcOff(TimeSpan offset, string type = "NTP", ServiceStartType startType = ServiceStartType.Manual) => CheckHarness.EmptyPc with
    {
        ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = offset, RoundTrip = TimeSpan.FromMilliseconds(38) }],
        Registry =
        [
            new RegistryValue { Key = Parameters, Name = "Type", Kind = "REG_SZ", Data = type },
            new RegistryValue { Key = Parameters, Name = "NtpServer", Kind = "REG_SZ", Data = "time.windows.com,0x9" },
        ],
        // Manual and stopped is how Windows ships it: the service starts on a trigger to synchronise.
        Services = [TimeService(startType)],
    };

    [Test]
    public async Task Seconds_off_passes_with_the_time_service_as_evidence()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.FromSeconds(-1.2)));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        ResultAssert.HasEvidence(result, "server", "time.windows.com");
        ResultAssert.HasEvidence(result, "offsetSeconds", "-1.2");
        ResultAssert.HasEvidence(result, "w32time.type", "NTP");
        ResultAssert.HasEvidence(result, "w32time.ntpServer", "time.windows.com,0x9");
        ResultAssert.HasEvidence(result, "w32time.service", "Manual, Stopped");
        Assert.That(result.FixIds, Is.Empty);
    }

    [Test]
    public async Task Ten_minutes_ahead_warns_about_Kerberos()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.FromMinutes(10)));

        ResultAssert.HasStatus(result, CheckStatus.Warn);
        ResultAssert.SummaryContains(result, "10 min 0 s ahead of time.windows.com");
        ResultAssert.SummaryContains(result, "Kerberos");
        ResultAssert.NamesFix(result, "health.resync-time");
    }

    [Test]
    public async Task Three_days_behind_fails_naming_TLS_and_Kerberos()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(-TimeSpan.FromDays(3) - TimeSpan.FromHours(2)));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "3 d 2 h behind time.windows.com");
        ResultAssert.SummaryContains(result, "TLS");
        ResultAssert.SummaryContains(result, "Kerberos");
        ResultAssert.HasEvidence(result, "offsetSeconds", "-266400");
        Assert.That(result.FixIds, Is.EqualTo(new[] { "health.resync-time" }));
    }

    [Test]
    public async Task A_disabled_time_service_with_a_large_skew_says_so()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.FromHours(-5), startType: ServiceStartType.Disabled));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "the Windows Time service is disabled");
        ResultAssert.HasEvidence(result, "w32time.service", "Disabled, Stopped");
    }

    [Test]
    public async Task A_time_service_set_not_to_synchronise_with_a_large_skew_says_so()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.FromDays(2), type: "NoSync"));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "Type=NoSync");
    }

    [Test]
    public async Task A_domain_member_synchronising_from_its_domain_passes()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.FromSeconds(40), type: "NT5DS"));

        ResultAssert.HasStatus(result, CheckStatus.Pass);
        Assert.That(result.Summary, Does.Not.Contain("Windows Time service"));
    }

    [Test]
    public async Task Thresholds_and_the_server_come_from_settings()
    {
        var pc = PcOff(TimeSpan.FromMinutes(3)) with
        {
            ClockOffsets = [new ClockOffset { Server = "ntp.contoso.com", Offset = TimeSpan.FromMinutes(3) }],
        };

        var result = await CheckHarness.RunAsync(new ClockCheck(), pc, ("health.timeServer", "ntp.contoso.com"), ("health.clockWarnMinutes", "1"), ("health.clockFailMinutes", "2"));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.HasEvidence(result, "server", "ntp.contoso.com");
    }

    [Test]
    public async Task Without_the_registry_and_services_the_offset_still_decides()
    {
        // A Linux machine measures the offset over SNTP and cannot read w32time.
        var pc = CheckHarness.EmptyPc with { ClockOffsets = [new ClockOffset { Server = "time.windows.com", Offset = TimeSpan.FromDays(-1) }] };

        var result = await CheckHarness.RunAsync(new ClockCheck(), pc);

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        Assert.That(result.Evidence.Select(e => e.Key), Has.None.StartsWith("w32time."));
    }

    [Test]
    public async Task The_most_negative_offset_a_snapshot_can_hold_fails_without_overflowing()
    {
        var result = await CheckHarness.RunAsync(new ClockCheck(), PcOff(TimeSpan.MinValue));

        ResultAssert.HasStatus(result, CheckStatus.Fail);
        ResultAssert.SummaryContains(result, "behind time.windows.com");
    }

    [Test]
    public async Task Without_an_offset_the_question_is_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new ClockCheck(), CheckHarness.EmptyPc));
    }
}
