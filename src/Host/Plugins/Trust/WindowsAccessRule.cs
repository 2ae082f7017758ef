namespace WuToolkit.Host.Plugins.Trust;

/// <summary>One entry of a Windows access control list, as data: who (a SID, and a name for messages), which rights
/// (the <c>FileSystemRights</c> bits, generic rights included), and whether it grants or denies and applies to the
/// object itself or only to what is created in it.</summary>
public sealed record WindowsAccessRule(string Sid, int Rights, bool Allow = true, bool InheritOnly = false)
{
    /// <summary>The account's name for messages (<c>BUILTIN\Users</c>); the SID when it has none.</summary>
    public string? Name { get; init; }
}

/// <summary>What Windows says about one path on the way to a plugin: its access control list.</summary>
public sealed record WindowsPathFacts(string Path, PathRole Role, IReadOnlyList<WindowsAccessRule> Rules);
