namespace WuToolkit.Plugins.CleanBoot;

/// <summary>Who made a service, judged by the publisher of its binary.</summary>
internal static class Publishers
{
    /// <summary>Whether the publisher is known and is not Microsoft. Windows' own binaries are signed by several
    /// Microsoft names ("Microsoft Corporation", "Microsoft Windows", "Microsoft Windows Publisher"), all starting
    /// with "Microsoft". An unknown publisher is not counted as third-party: the check would be guessing.</summary>
    public static bool IsThirdParty(string? publisher) =>
        !string.IsNullOrWhiteSpace(publisher)
        && !publisher.TrimStart().StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase);
}
