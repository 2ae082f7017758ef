namespace WuToolkit.Plugins.Upgrade.Fixes;

/// <summary>What an optional feature's name looks like (<c>IIS-WebServerRole</c>, <c>NetFx4-AdvSrvs</c>,
/// <c>Microsoft-Windows-Subsystem-Linux</c>): a name from the machine goes into a DISM argument only if it is one, so a
/// damaged or hostile snapshot cannot slip another switch or a path into the command.</summary>
internal static class FeatureNames
{
    private const int MaxLength = 128;

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
