using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>The Windows Update agent's registered services from its COM ServiceManager (IUpdateService:
/// <c>ServiceID</c>, <c>Name</c>, <c>IsDefaultAUService</c>, <c>IsManaged</c>, <c>IsRegisteredWithAU</c>).</summary>
public static class UpdateServiceFacts
{
    /// <summary>The service, or <see langword="null"/> for one without an id.</summary>
    public static UpdateServiceRegistration? Read(CimRecord service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.Text("ServiceID") is not { } id)
        {
            return null;
        }

        return new UpdateServiceRegistration
        {
            ServiceId = id.Trim('{', '}').ToLowerInvariant(),
            Name = service.Text("Name") ?? "",
            IsDefaultAUService = service.Flag("IsDefaultAUService") == true,
            IsManaged = service.Flag("IsManaged") == true,
            IsRegisteredWithAU = service.Flag("IsRegisteredWithAU") == true,
        };
    }
}
