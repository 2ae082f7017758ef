using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

public class CimDateTimeTests
{
    [Test]
    public void A_driver_date_at_utc_midnight_is_read()
    {
        Assert.That(CimDateTime.Parse("20230412000000.000000-000"), Is.EqualTo(new DateTimeOffset(2023, 4, 12, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void The_offset_is_minutes_from_utc_and_the_fraction_microseconds()
    {
        var parsed = CimDateTime.Parse("20240105093011.500000+060");

        Assert.That(parsed, Is.EqualTo(new DateTimeOffset(2024, 1, 5, 9, 30, 11, 500, TimeSpan.FromHours(1))));
        Assert.That(parsed!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(CimDateTime.Parse("20231231235959.000000-300")!.Value.UtcDateTime, Is.EqualTo(new DateTime(2024, 1, 1, 4, 59, 59, DateTimeKind.Utc)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2023")]
    [TestCase("00000001000000.000000:000")]
    [TestCase("2023****000000.000000+000")]
    [TestCase("20231341000000.000000+000")]
    [TestCase("20230412000000.000000+999")]
    public void Anything_else_is_no_date(string? text) => Assert.That(CimDateTime.Parse(text), Is.Null);
}
