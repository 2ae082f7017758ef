using System.Net;
using System.Net.Sockets;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Running;
using WuToolkit.Host.Tests.Plugins;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Machines;

/// <summary>The bundled network.endpoints check run by wutk on this PC's live machine, against servers on 127.0.0.1:
/// proves the probe really goes to the configured URLs, and that any HTTP answer (a 404) counts as reachable while a
/// closed port does not. The plugin's own tests judge recorded answers; only the host has a live machine.</summary>
public class LiveEndpointsTests
{
    [Test]
    public async Task A_local_server_answering_404_is_reachable_and_a_closed_port_is_not()
    {
        await using var server = new LoopbackHttpServer(statusCode: 404);
        var closedPort = FreePort();
        var endpoints = $"{server.Url},http://127.0.0.1:{closedPort}/";

        var result = await Support.Cli.RunAsync("run", "network.endpoints", "--set", $"network.endpoints={endpoints}", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.IssueFound), result.Error);
        var row = CliJson.ReadRun(result.Output).Single(row => row.Id == "network.endpoints");
        Assert.That(row.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(row.Summary, Does.StartWith("1 of 2").And.Contain($"127.0.0.1:{closedPort}"));
        Assert.That(row.Evidence.Single(evidence => evidence.Key == "endpoint1").Value, Does.Contain("HTTP 404"));
        Assert.That(server.Requests, Is.Positive, "the probe reached the configured server");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
