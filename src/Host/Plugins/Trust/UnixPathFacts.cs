namespace WuToolkit.Host.Plugins.Trust;

/// <summary>What Unix says about one path on the way to a plugin: its owner, group and mode, as <c>stat</c> reports them.</summary>
/// <param name="Path">The path.</param>
/// <param name="Role">What it is to the plugin.</param>
/// <param name="Owner">The owner's user id; null when this system cannot tell.</param>
/// <param name="Group">The group id; null when this system cannot tell.</param>
/// <param name="Mode">The permission bits, with the sticky bit.</param>
public sealed record UnixPathFacts(string Path, PathRole Role, uint? Owner, uint? Group, UnixFileMode Mode);
