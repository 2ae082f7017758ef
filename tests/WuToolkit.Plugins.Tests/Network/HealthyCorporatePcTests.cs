using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Services;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Network;

/// <summary>Precision across the network and services checks: a healthy company laptop in its normal variety (managed
/// by WSUS, behind a proxy set for the user and for WinHTTP, Microsoft blocked at the company firewall, a VPN adapter
/// installed but not connected, WSL and Hyper-V switches, Bluetooth, idle trigger-start services) fails nothing.</summary>
public class HealthyCorporatePcTests
{
    private const string Wsus = "http://127.0.0.1:8530";
    private const string Payload = "http://127.0.0.1:8080/payload.cab";
    private const string Proxy = "proxy.contoso.com:8080";
    private const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    private const string UserKey = @"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    private static readonly (string Key, string Value)[] Settings =
    [
        ("network.endpoints", "http://127.0.0.1:8531/,https://127.0.0.1:8532/"),
        ("network.rangeTestUrls", Payload),
        ("network.speedTestUrls", Payload),
    ];

    private static TestPc Laptop => CheckHarness.EmptyPc with
    {
        Adapters = [.. SampleAdapters.HealthyVariety, SampleAdapters.SplitVpn with { State = AdapterState.Down, IPv4Addresses = [], DnsServers = [] }],
        Registry =
        [
            new() { Key = PolicyKey + @"\AU", Name = "UseWUServer", Kind = "REG_DWORD", Data = "1" },
            new() { Key = PolicyKey, Name = "WUServer", Kind = "REG_SZ", Data = Wsus },
            new() { Key = UserKey, Name = "ProxyEnable", Kind = "REG_DWORD", Data = "1" },
            new() { Key = UserKey, Name = "ProxyServer", Kind = "REG_SZ", Data = Proxy },
            new() { Key = UserKey, Name = "ProxyOverride", Kind = "REG_SZ", Data = "<local>;*.contoso.com" },
        ],
        AbsentRegistryValues = [(UserKey, "AutoConfigURL")],
        WinHttpProxy = new ProxyInfo { Direct = false, Server = Proxy, BypassList = "<local>;*.contoso.com" },
        Http =
        [
            new() { Url = new Uri(Wsus), StatusCode = 200, ElapsedMilliseconds = 4 },
            new() { Url = new Uri("http://127.0.0.1:8531/"), StatusCode = null, Error = "Connection refused (127.0.0.1:8531)" },
            new() { Url = new Uri("https://127.0.0.1:8532/"), StatusCode = 403, ElapsedMilliseconds = 30, TlsProtocol = "Tls12" },
        ],
        RangeProbes = [new() { Url = new Uri(Payload), StatusCode = 206, RangeHonoured = true, Via = "1.1 " + Proxy }],
        Downloads = [new() { Url = new Uri(Payload), Bytes = 16_000_000, ElapsedMilliseconds = 4000 }],
        ConnectionCost = new ConnectionCostInfo { Metered = false },
        Services =
        [
            Service("BITS", "Background Intelligent Transfer Service", ServiceStartType.Manual, ServiceState.Stopped),
            Service("wuauserv", "Windows Update", ServiceStartType.Manual, ServiceState.Stopped),
            Service("TrustedInstaller", "Windows Modules Installer", ServiceStartType.Manual, ServiceState.Stopped),
            Service("CryptSvc", "Cryptographic Services", ServiceStartType.Automatic, ServiceState.Running),
            Service("UsoSvc", "Update Orchestrator Service", ServiceStartType.AutomaticDelayed, ServiceState.Stopped),
            Service("DoSvc", "Delivery Optimization", ServiceStartType.Manual, ServiceState.Stopped),
            Service("wlidsvc", "Microsoft Account Sign-in Assistant", ServiceStartType.Manual, ServiceState.Stopped),
            Service("mpssvc", "Windows Defender Firewall", ServiceStartType.Automatic, ServiceState.Running),
        ],
    };

    public static IEnumerable<ICheck> Checks() =>
    [
        new AdapterCheck(), new EndpointsCheck(), new RangeRequestsCheck(), new ProxyCheck(), new VpnCheck(), new FirewallCheck(),
        new SpeedCheck(), new UpdateServicesCheck(),
    ];

    [TestCaseSource(nameof(Checks))]
    public async Task Passes(ICheck check)
    {
        var result = await CheckTester.RunAsync(check, Laptop, Scenario.Upgrade, Settings);

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass), result.Summary);
    }

    private static ServiceInfo Service(string name, string displayName, ServiceStartType startType, ServiceState state) =>
        new() { Name = name, DisplayName = displayName, StartType = startType, State = state };
}
