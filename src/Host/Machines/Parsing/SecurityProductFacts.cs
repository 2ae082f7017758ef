using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// Security products from Windows Security Center (WMI root\SecurityCenter2: AntiVirusProduct, AntiSpywareProduct,
/// FirewallProduct with <c>displayName</c>, <c>productState</c>, <c>pathToSignedReportingExe</c>). Microsoft does not
/// document productState; its layout is the one every inventory tool reads, confirmed against the values products
/// report: bits 12-15 are the state (0 off, 1 on, 2 snoozed, 3 expired), bits 4-7 the signatures (0 up to date,
/// 1 out of date), bits 8-11 the owner (1 Windows itself) and bits 16-23 the kinds the product provides.
/// </summary>
public static class SecurityProductFacts
{
    /// <summary>On: state nibble 1 (0x061100 Microsoft Defender, 0x041000 a third-party antivirus). Snoozed and expired
    /// products do not protect, so they are off.</summary>
    public static bool Enabled(long productState) => ((productState >> 12) & 0xF) == 1;

    /// <summary>Signatures current: nibble 0 (0x061100), out of date 1 (0x061110). A firewall has none.</summary>
    public static bool? UpToDate(long productState, SecurityProductKind kind) =>
        kind == SecurityProductKind.Firewall ? null : ((productState >> 4) & 0xF) == 0;

    /// <summary>The product, or <see langword="null"/> for an entry without a name or state.</summary>
    public static SecurityProductInfo? Read(CimRecord product, SecurityProductKind kind)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (product.Text("displayName") is not { } name || product.Number("productState") is not { } state)
        {
            return null;
        }

        return new SecurityProductInfo
        {
            Name = name,
            Kind = kind,
            Enabled = Enabled(state),
            UpToDate = UpToDate(state, kind),
            ExecutablePath = product.Text("pathToSignedReportingExe") ?? product.Text("pathToSignedProductExe"),
        };
    }
}
