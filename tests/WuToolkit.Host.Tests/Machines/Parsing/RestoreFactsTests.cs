using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

public class RestoreFactsTests
{
    [TestCase(null, 1L, true)]
    [TestCase(null, 0L, false)]
    [TestCase(1L, 1L, false)]
    [TestCase(0L, 1L, true)]
    [TestCase(null, null, null)]
    [TestCase(1L, null, false)]
    public void Protection_is_off_by_policy_or_when_windows_turned_it_off(long? policy, long? interval, bool? expected) =>
        Assert.That(RestoreFacts.ProtectionEnabled(policy, interval), Is.EqualTo(expected));

    [Test]
    public void Restore_points_come_newest_first_in_utc()
    {
        var info = RestoreFacts.Read(
        [
            CimRecord.Of(("CreationTime", "20240105093011.000000-000"), ("Description", "Windows Modules Installer"), ("SequenceNumber", 41u)),
            CimRecord.Of(("CreationTime", "20240212080000.000000+060"), ("Description", "Installed Contoso Agent"), ("SequenceNumber", 42u)),
            CimRecord.Of(("CreationTime", null), ("Description", "Broken"), ("SequenceNumber", 43u)),
        ], protectionEnabled: true);

        Assert.That(info.ProtectionEnabled, Is.True);
        Assert.That(info.Points.Select(point => point.Description), Is.EqualTo(new[] { "Installed Contoso Agent", "Windows Modules Installer" }));
        Assert.That(info.Points[0].CreatedUtc, Is.EqualTo(new DateTimeOffset(2024, 2, 12, 7, 0, 0, TimeSpan.Zero)));
        Assert.That(info.Points[0].CreatedUtc.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Protection_off_with_no_points_is_an_answer()
    {
        var info = RestoreFacts.Read([], protectionEnabled: false);

        Assert.That((info.ProtectionEnabled, info.Points.Count), Is.EqualTo(((bool?)false, 0)));
    }
}
