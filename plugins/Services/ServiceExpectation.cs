using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Services;

/// <summary>What a clean Windows installation has for one service that updates depend on.</summary>
/// <param name="Name">Short name, such as <c>wuauserv</c>.</param>
/// <param name="Required">False for services that some supported Windows versions or editions do not have at all.</param>
/// <param name="DefaultStartTypes">The start types Windows ships with (some differ between versions), the current
/// Windows client's first: the one a restore sets. Manual includes trigger start: such a service is stopped whenever it
/// has nothing to do, which is normal.</param>
internal sealed record ServiceExpectation(string Name, bool Required, IReadOnlyList<ServiceStartType> DefaultStartTypes)
{
    /// <summary>The Microsoft Account Sign-in Assistant, which feature updates need.</summary>
    public const string SignInAssistant = "wlidsvc";

    /// <summary>The services Windows Update and servicing need, in the order they are reported.</summary>
    public static IReadOnlyList<ServiceExpectation> UpdateServices { get; } =
    [
        new("BITS", true, [ServiceStartType.Manual, ServiceStartType.AutomaticDelayed]),
        new("wuauserv", true, [ServiceStartType.Manual]),
        new("TrustedInstaller", true, [ServiceStartType.Manual]),
        new("CryptSvc", true, [ServiceStartType.Automatic]),

        // UsoSvc and DoSvc came with Windows 10 and Windows Server 2016 (Server Core included, where DoSvc starts
        // automatically): Windows 8.1 and Windows Server 2012 R2 lack them.
        new("UsoSvc", false, [ServiceStartType.AutomaticDelayed, ServiceStartType.Manual]),
        new("DoSvc", false, [ServiceStartType.AutomaticDelayed, ServiceStartType.Manual, ServiceStartType.Automatic]) { ServerStartType = ServiceStartType.Automatic },

        // Server Core has no Microsoft Account Sign-in Assistant: Microsoft accounts do not apply to Windows Server.
        new(SignInAssistant, false, [ServiceStartType.Manual]),
    ];

    /// <summary>Where Windows Server ships the service at another start type than the client, that one.</summary>
    public ServiceStartType? ServerStartType { get; init; }

    public bool IsDefault(ServiceStartType startType) => DefaultStartTypes.Contains(startType);

    /// <summary>The start type a restore sets on this kind of Windows.</summary>
    public ServiceStartType RestoreTo(bool server) => server && ServerStartType is { } serverStartType ? serverStartType : DefaultStartTypes[0];
}
