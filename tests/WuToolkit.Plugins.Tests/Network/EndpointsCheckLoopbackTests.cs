using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Machines.Portable;
using WuToolkit.Plugins.Network;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>The check on the live portable machine, against a server on 127.0.0.1: proves the probe really goes to
/// the configured URL and that a 404 counts as reachable while a closed port does not.</summary>
public class EndpointsCheckLoopbackTests
{
    [Test]
    public async Task A_local_server_answering_404_is_reachable_and_a_closed_port_is_not()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var serverPort = ((IPEndPoint)server.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var serving = AnswerNotFoundAsync(server, stop.Token);

        var closedPort = FreePort();
        var endpoints = $"http://127.0.0.1:{serverPort}/,http://127.0.0.1:{closedPort}/";
        using var machine = new PortableMachine(TimeProvider.System, TimeSpan.FromSeconds(5));
        var context = new CheckContext { Machine = machine, Settings = new KeyValueSettings([KeyValuePair.Create("network.endpoints", endpoints)]), Scenario = Scenario.Both, Logger = NullLogger.Instance };

        var result = await new EndpointsCheck().RunAsync(context, stop.Token);
        await stop.CancelAsync();
        await serving;

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.StartWith("1 of 2").And.Contain($"127.0.0.1:{closedPort}"));
        Assert.That(result.Evidence.Single(e => e.Key == "endpoint1").Value, Does.Contain("HTTP 404"));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static async Task AnswerNotFoundAsync(TcpListener server, CancellationToken cancellationToken)
    {
        var response = Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        try
        {
            while (true)
            {
                using var client = await server.AcceptTcpClientAsync(cancellationToken);
                var stream = client.GetStream();
                var buffer = new byte[4096];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, cancellationToken);
                    if (read == 0)
                    {
                        break;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                await stream.WriteAsync(response, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The test is over.
        }
    }
}
