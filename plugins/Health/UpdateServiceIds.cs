namespace WuToolkit.Plugins.Health;

/// <summary>The Windows Update agent's well-known service ids (the COM ServiceManager's ServiceID).</summary>
internal static class UpdateServiceIds
{
    /// <summary>Microsoft Update: registered when "Receive updates for other Microsoft products" is on.</summary>
    public const string MicrosoftUpdate = "7971f918-a847-4430-9279-4a52d1efe18d";

    /// <summary>Windows Update.</summary>
    public const string WindowsUpdate = "9482f4b4-e343-43b6-b170-9a65bc822c77";

    /// <summary>A WSUS server (Windows Server Update Services, also Configuration Manager's software update point).</summary>
    public const string Wsus = "3da21691-e39d-4da6-8a4b-b43877bcb1b7";

    public static bool Is(string serviceId, string wellKnown) =>
        string.Equals(serviceId.Trim().Trim('{', '}'), wellKnown, StringComparison.OrdinalIgnoreCase);
}
