using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Services;

/// <summary>What a clean Windows installation has for one service that updates depend on.</summary>
/// <param name="Name">Short name, such as <c>wuauserv</c>.</param>
/// <param name="Required">False for services that older Windows versions do not have at all.</param>
/// <param name="DefaultStartTypes">The start types Windows ships with (some differ between versions).</param>
internal sealed record ServiceExpectation(string Name, bool Required, IReadOnlyList<ServiceStartType> DefaultStartTypes)
{
    /// <summary>The services Windows Update and servicing need, in the order they are reported.</summary>
    public static IReadOnlyList<ServiceExpectation> UpdateServices { get; } =
    [
        new("BITS", true, [ServiceStartType.Manual, ServiceStartType.AutomaticDelayed]),
        new("wuauserv", true, [ServiceStartType.Manual]),
        new("TrustedInstaller", true, [ServiceStartType.Manual]),
        new("CryptSvc", true, [ServiceStartType.Automatic]),

        // UsoSvc and DoSvc came with Windows 10: Windows 8.1 and older systems lack them.
        new("UsoSvc", false, [ServiceStartType.AutomaticDelayed, ServiceStartType.Manual]),
        new("DoSvc", false, [ServiceStartType.AutomaticDelayed, ServiceStartType.Manual]),
    ];

    public bool IsDefault(ServiceStartType startType) => DefaultStartTypes.Contains(startType);
}
