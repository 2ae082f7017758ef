using System.Text;
using WuToolkit.Host.Isolation.Protocol;

namespace WuToolkit.Host.Tests.Isolation;

/// <summary>The messages between wutk and an isolated plugin's process: each crosses as one JSON line and comes back
/// the same; what a later protocol adds is passed over; what is no message is a breach.</summary>
public class ProtocolTests
{
    private static IEnumerable<ProtocolMessage> Messages()
    {
        yield return new HelloMessage(1, new PluginToLoad("Contoso", "/p/Contoso/Contoso.dll", "/p", "CommandLine", false));
        yield return new RunMessage(7, "contoso.spooler", "update", true, new Dictionary<string, string> { ["contoso.limit"] = "5" }, MachineSpec.Snapshot("/s/pc.json"));
        yield return new ResultMessage(7, new ResultData("Fail", "spooler disabled", [new EvidenceData("startType", "Disabled\nnext line")], ["contoso.fix"]), null);
        yield return new ResultMessage(8, null, new FailureData(FailureData.Unanswered, "not here") { Question = "services/x", Reason = "not here" });
        yield return new FindCodeMessage(3, 7, 0x8024402C);
        yield return new CodeMessage(3, new ErrorCodeData(0x8024402C, "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", "no name", ["proxy"], ["network.dns"], []));
        yield return new CancelMessage(7);
        yield return new ByeMessage();
    }

    [Test]
    public async Task Each_message_crosses_as_one_line_and_comes_back_the_same()
    {
        foreach (var message in Messages())
        {
            await CrossesAsync(message);
        }
    }

    private static async Task CrossesAsync(ProtocolMessage message)
    {
        var pipe = new MemoryStream();
        using var writer = new MessageChannel(Stream.Null, pipe, 1024 * 1024);
        await writer.SendAsync(message, CancellationToken.None);

        var text = Encoding.UTF8.GetString(pipe.ToArray());
        Assert.That(text.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(text, Does.StartWith("{\"type\":"));
        using var reader = new MessageChannel(new MemoryStream(pipe.ToArray()), Stream.Null, 1024 * 1024);
        var back = await reader.ReceiveAsync(CancellationToken.None);
        Assert.That(Encoding.UTF8.GetString(Json(back!)), Is.EqualTo(Encoding.UTF8.GetString(Json(message))));
    }

    [Test]
    public async Task A_message_of_a_later_protocol_is_read_as_one_to_pass_over()
    {
        using var reader = Reader("{\"type\":\"plan\",\"id\":1,\"fix\":\"x.y\"}\n{\"type\":\"bye\",\"extra\":true}\n");

        Assert.That((await reader.ReceiveAsync(CancellationToken.None))!.GetType(), Is.EqualTo(typeof(ProtocolMessage)));
        Assert.That(await reader.ReceiveAsync(CancellationToken.None), Is.TypeOf<ByeMessage>());
        Assert.That(await reader.ReceiveAsync(CancellationToken.None), Is.Null);
    }

    [TestCase("hello from a plugin")]
    [TestCase("{\"type\":\"result\",\"id\":\"seven\"}")]
    [TestCase("[1,2,3]")]
    public async Task A_line_that_is_no_message_is_a_breach(string line)
    {
        using var reader = Reader(line + "\n");

        await Assert.ThrowsAsync<ProtocolBreachException>(async () => await reader.ReceiveAsync(CancellationToken.None));
    }

    private static MessageChannel Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Stream.Null, 1024);

    private static byte[] Json(ProtocolMessage message) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJson.Default.ProtocolMessage);
}
