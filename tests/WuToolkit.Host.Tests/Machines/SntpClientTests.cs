using WuToolkit.Host.Machines.Portable;

namespace WuToolkit.Host.Tests.Machines;

public class SntpClientTests
{
    [TestCase("time.windows.com,0x9", "time.windows.com", 123)]
    [TestCase("127.0.0.1:10123", "127.0.0.1", 10123)]
    [TestCase("pool.ntp.org", "pool.ntp.org", 123)]
    public void Server_names_are_read_as_Windows_writes_them(string server, string host, int port) =>
        Assert.That(SntpClient.ParseServer(server), Is.EqualTo((host, port)));

    [Test]
    public void Timestamps_round_trip_to_the_tick_resolution_of_NTP()
    {
        var time = new DateTime(2026, 11, 28, 10, 30, 15, 123, DateTimeKind.Utc);
        var buffer = new byte[8];
        SntpClient.WriteTimestamp(buffer, time);
        Assert.That(SntpClient.ReadTimestamp(buffer), Is.EqualTo(time).Within(TimeSpan.FromMilliseconds(0.001)));
    }

    [Test]
    public void Short_or_garbage_replies_are_rejected()
    {
        var now = DateTime.UtcNow;
        Assert.Throws(Is.InstanceOf<Exception>().And.Message.Contains("too short"), () => SntpClient.Interpret(new byte[12], now, now));
        Assert.Throws(Is.InstanceOf<Exception>().And.Message.Contains("not synchronised"), () => SntpClient.Interpret(new byte[48], now, now));
    }
}
