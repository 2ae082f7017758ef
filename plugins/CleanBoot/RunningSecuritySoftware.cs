using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.CleanBoot;

/// <summary>
/// The security software found among running third-party services. One reading for both checks that need it:
/// cleanboot.third-party-services reports it, and cleanboot.security-products leaves out what that check already
/// reported, so that one product does not appear twice.
/// </summary>
internal static class RunningSecuritySoftware
{
    /// <summary>Third-party services that are loaded, by short name.</summary>
    public static List<ServiceInfo> ThirdPartyLoaded(IEnumerable<ServiceInfo> services) =>
        services
            .Where(service => IsLoaded(service) && Publishers.IsThirdParty(service.Publisher))
            .OrderBy(service => service.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Each loaded third-party service that belongs to known security software, with that software.</summary>
    public static List<(ServiceInfo Service, SecurityProduct Product)> Find(IReadOnlyList<ServiceInfo> thirdPartyLoaded) =>
        thirdPartyLoaded
            .Select(service => (Service: service, Product: SecurityProducts.All.FirstOrDefault(product => product.Matches(service))))
            .Where(match => match.Product is not null)
            .Select(match => (match.Service, match.Product!))
            .ToList();

    // A starting, pausing or paused service still has its process and filter drivers loaded, so it can interfere.
    private static bool IsLoaded(ServiceInfo service) => service.State != ServiceState.Stopped;
}
