using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Network;
using WuToolkit.Plugins.Services;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests;

/// <summary>Under a Japanese UI culture the network and services checks speak Japanese: their summaries and word-valued
/// evidence hold no English words, only ids, codes, product names and commands. The PCs are worded as a Japanese
/// Windows words its own data (adapter names, service display names, error texts), so what remains English is ours.</summary>
public partial class JapaneseOutputTests
{
    private const string Wsus = "http://127.0.0.1:8530";
    private const string Payload = "http://127.0.0.1:8080/payload.cab";
    private const string Proxy = "127.0.0.1:3128";
    private const string PolicyKey = @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate";
    private const string UserKey = @"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    // Ids, codes, product and feature names and commands that Japanese Windows writes in Latin letters too.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "Windows", "Update", "Microsoft", "Store", "Delivery", "Optimization", "Defender", "WinHTTP", "HTTP", "HTTPS", "http",
        "https", "TLS", "Tls", "WSUS", "DNS", "VPN", "BITS", "IPv4", "IPv6", "PAC", "Range", "Mbit", "MpsSvc", "UseWUServer",
        "WUServer", "netsh", "winhttp", "show", "proxy", "reset", "winsock", "wuauserv", "CryptSvc", "UsoSvc", "DoSvc",
        "wlidsvc", "mpssvc", "TrustedInstaller", "local", "Sign", "Account", "Intranet", "Hyper", "Web", "import", "source", "Tls11",
    };

    private static readonly (string Key, string Value)[] Settings =
    [
        ("network.endpoints", "http://127.0.0.1:8531/,https://127.0.0.1:8532/"),
        ("network.rangeTestUrls", Payload),
        ("network.speedTestUrls", Payload),
    ];

    /// <summary>A PC in trouble: WSUS policy, proxies that disagree, a range-stripping proxy, weak TLS, the firewall and
    /// the update service off, a cable unplugged.</summary>
    private static TestPc Troubled => TestPc.Empty with
    {
        Adapters =
        [
            new() { Name = "イーサネット", Description = "Intel(R) Ethernet Connection I219-V", Kind = AdapterKind.Ethernet, State = AdapterState.Down },
            new()
            {
                Name = "Wi-Fi", Description = "Intel(R) Wi-Fi 6 AX201", Kind = AdapterKind.Wireless, State = AdapterState.Up,
                IPv4Addresses = ["192.168.1.20"], Gateways = ["192.168.1.1"], DnsServers = ["192.168.1.1"],
            },
        ],
        Registry =
        [
            new() { Key = PolicyKey + @"\AU", Name = "UseWUServer", Kind = "REG_DWORD", Data = "1" },
            new() { Key = PolicyKey, Name = "WUServer", Kind = "REG_SZ", Data = Wsus },
            new() { Key = PolicyKey, Name = "SetPolicyDrivenUpdateSourceForQualityUpdates", Kind = "REG_DWORD", Data = "0" },
            new() { Key = UserKey, Name = "ProxyEnable", Kind = "REG_DWORD", Data = "1" },
            new() { Key = UserKey, Name = "ProxyServer", Kind = "REG_SZ", Data = Proxy },
            new() { Key = UserKey, Name = "ProxyOverride", Kind = "REG_SZ", Data = "<local>" },
            new() { Key = UserKey, Name = "AutoConfigURL", Kind = "REG_SZ", Data = "http://127.0.0.1/proxy.pac" },
        ],
        WinHttpProxy = new ProxyInfo { Direct = true },
        Http =
        [
            new() { Url = new Uri(Wsus), StatusCode = 200, ElapsedMilliseconds = 4, TlsProtocol = "" },
            new() { Url = new Uri("http://127.0.0.1:8531/"), StatusCode = null, Error = "接続が拒否されました (127.0.0.1:8531)" },
            new() { Url = new Uri("https://127.0.0.1:8532/"), StatusCode = 403, ElapsedMilliseconds = 30, TlsProtocol = "Tls11" },
        ],
        RangeProbes = [new() { Url = new Uri(Payload), StatusCode = 200, RangeHonoured = false, Via = "1.1 " + Proxy }],
        Downloads = [new() { Url = new Uri(Payload), Bytes = 1_000_000, ElapsedMilliseconds = 4000, Error = "タイムアウト" }],
        ConnectionCost = new ConnectionCostInfo { Metered = false },
        Services =
        [
            Service("BITS", "バックグラウンド インテリジェント転送サービス", ServiceStartType.Manual, ServiceState.Stopped),
            Service("wuauserv", "Windows Update", ServiceStartType.Disabled, ServiceState.Stopped),
            Service("TrustedInstaller", "Windows モジュール インストーラー", ServiceStartType.Manual, ServiceState.Stopped),
            Service("CryptSvc", "暗号化サービス", ServiceStartType.Automatic, ServiceState.Stopped),
            Service("UsoSvc", "更新オーケストレーター サービス", ServiceStartType.Automatic, ServiceState.Running),
            Service("DoSvc", "配信の最適化", ServiceStartType.Manual, ServiceState.Stopped),
            Service("wlidsvc", "Microsoft アカウント サインイン アシスタント", ServiceStartType.Manual, ServiceState.Stopped),
            Service("mpssvc", "Windows Defender ファイアウォール", ServiceStartType.Automatic, ServiceState.Stopped),
        ],
    };

    /// <summary>The same PC with nothing wrong but a metered connection and a proxy both sides agree on.</summary>
    private static TestPc Healthy => Troubled with
    {
        WinHttpProxy = new ProxyInfo { Direct = false, Server = Proxy, BypassList = "<local>" },
        RangeProbes = [new() { Url = new Uri(Payload), StatusCode = 206, RangeHonoured = true }],
        ConnectionCost = new ConnectionCostInfo { Metered = true },
        Services =
        [
            Service("BITS", "バックグラウンド インテリジェント転送サービス", ServiceStartType.AutomaticDelayed, ServiceState.Running),
            Service("wuauserv", "Windows Update", ServiceStartType.Manual, ServiceState.Running),
            Service("TrustedInstaller", "Windows モジュール インストーラー", ServiceStartType.Manual, ServiceState.Stopped),
            Service("CryptSvc", "暗号化サービス", ServiceStartType.Automatic, ServiceState.Running),
            Service("UsoSvc", "更新オーケストレーター サービス", ServiceStartType.AutomaticDelayed, ServiceState.Running),
            Service("DoSvc", "配信の最適化", ServiceStartType.AutomaticDelayed, ServiceState.Running),
            Service("wlidsvc", "Microsoft アカウント サインイン アシスタント", ServiceStartType.Manual, ServiceState.Stopped),
            Service("mpssvc", "Windows Defender ファイアウォール", ServiceStartType.Automatic, ServiceState.Running),
        ],
    };

    public static IEnumerable<TestCaseData> Cases()
    {
        ICheck[] checks = [new AdapterCheck(), new EndpointsCheck(), new RangeRequestsCheck(), new ProxyCheck(), new FirewallCheck(), new SpeedCheck(), new UpdateServicesCheck()];
        foreach (var check in checks)
        {
            yield return new TestCaseData(check, true).SetArgDisplayNames(check.GetType().Name, "troubled");
            yield return new TestCaseData(check, false).SetArgDisplayNames(check.GetType().Name, "healthy");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Speaks_Japanese(ICheck check, bool troubled)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
        try
        {
            var result = await CheckTester.RunAsync(check, troubled ? Troubled : Healthy, Scenario.Both, Settings);

            var texts = new[] { ("summary", result.Summary) }.Concat(result.Evidence.Select(evidence => (evidence.Key, evidence.Value)));
            var english = texts.SelectMany(text => EnglishWords(text.Item2).Select(word => $"{text.Item1}: '{word}' in \"{text.Item2}\"")).ToList();
            Assert.That(english, Is.Empty, result.Summary);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public async Task English_is_unchanged_under_the_invariant_culture()
    {
        var result = await CheckTester.RunAsync(new FirewallCheck(), Troubled, Scenario.Both, Settings);

        Assert.That(result.Evidence.Single(evidence => string.Equals(evidence.Key, "mpssvc", StringComparison.OrdinalIgnoreCase)).Value, Is.EqualTo("Automatic/Stopped"));
    }

    private static IEnumerable<string> EnglishWords(string text)
    {
        // Addresses, URLs, registry paths and host names are data, not words.
        var words = Data().Replace(text, " ");
        return Word().Matches(words).Select(match => match.Value).Where(word => !Allowed.Contains(word));
    }

    [GeneratedRegex(@"\S*(://|\\|\.[A-Za-z0-9])\S*")]
    private static partial Regex Data();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])")]
    private static partial Regex Word();

    private static ServiceInfo Service(string name, string displayName, ServiceStartType startType, ServiceState state) =>
        new() { Name = name, DisplayName = displayName, StartType = startType, State = state };
}
