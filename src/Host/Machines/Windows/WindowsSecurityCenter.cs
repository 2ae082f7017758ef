using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The antivirus, antispyware and firewall products registered with Windows Security Center (WMI
/// root\SecurityCenter2). Windows Server has no Security Center: the question is then unanswered, saying so.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsSecurityCenter
{
    private const string Question = "securityProducts";
    private const string Scope = @"root\SecurityCenter2";

    public static Task<IReadOnlyList<SecurityProductInfo>> ReadAsync(CancellationToken cancellationToken) => Task.Run<IReadOnlyList<SecurityProductInfo>>(() =>
    {
        (string Class, SecurityProductKind Kind)[] classes =
        [
            ("AntiVirusProduct", SecurityProductKind.Antivirus),
            ("AntiSpywareProduct", SecurityProductKind.Antispyware),
            ("FirewallProduct", SecurityProductKind.Firewall),
        ];
        var products = new List<SecurityProductInfo>();
        foreach (var (name, kind) in classes)
        {
            var query = $"SELECT displayName, productState, pathToSignedReportingExe, pathToSignedProductExe FROM {name}";
            products.AddRange(Wmi.Query(Question, Scope, query, MachineStrings.SecurityCenterMissing, cancellationToken)
                .Select(product => SecurityProductFacts.Read(product, kind))
                .OfType<SecurityProductInfo>());
        }

        return products;
    }, cancellationToken).WaitAsync(cancellationToken);
}
