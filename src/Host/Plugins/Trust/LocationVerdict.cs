namespace WuToolkit.Host.Plugins.Trust;

/// <summary>Whether only administrators can change a file and the folders on the way to it, and if not, why not: one
/// reason a path, in words for the administrator.</summary>
public sealed record LocationVerdict(IReadOnlyList<string> Reasons)
{
    /// <summary>Only administrators (root, SYSTEM, Administrators, TrustedInstaller) can change it.</summary>
    public bool AdministratorsOnly => Reasons.Count == 0;

    public static LocationVerdict Safe { get; } = new([]);
}
