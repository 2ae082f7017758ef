using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Who may change a plugin on Windows, decided from access control lists given as data, so that the rules are tested
/// with recorded ACLs on any system. A path is safe when no one but SYSTEM, Administrators, TrustedInstaller (and the
/// CREATOR OWNER placeholder) may write, modify, delete, re-permission or take it. A folder further up only matters
/// when someone else could replace what it holds (delete its children, or take it over).
/// </summary>
public static class WindowsLocationRules
{
    public const string SystemSid = "S-1-5-18";
    public const string AdministratorsSid = "S-1-5-32-544";
    public const string TrustedInstallerSid = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";
    public const string CreatorOwnerSid = "S-1-3-0";

    // FileSystemRights bits and the generic rights an inherit-only entry may carry unmapped.
    private const int WriteData = 0x2;
    private const int AppendData = 0x4;
    private const int DeleteChild = 0x40;
    private const int Delete = 0x10000;
    private const int ChangePermissions = 0x40000;
    private const int TakeOwnership = 0x80000;
    private const int GenericAll = 0x10000000;
    private const int GenericWrite = 0x40000000;

    /// <summary>Rights that change a file or what a folder holds (write, modify, full control and their parts).</summary>
    public const int WriteRights = WriteData | AppendData | DeleteChild | Delete | ChangePermissions | TakeOwnership | GenericAll | GenericWrite;

    /// <summary>Rights on a folder further up that let someone replace what it holds.</summary>
    public const int ReplaceRights = DeleteChild | Delete | ChangePermissions | TakeOwnership | GenericAll;

    private static readonly HashSet<string> Administrative = new(StringComparer.OrdinalIgnoreCase)
    {
        SystemSid, AdministratorsSid, TrustedInstallerSid, CreatorOwnerSid,
    };

    private static readonly Dictionary<string, string> WellKnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["S-1-1-0"] = "Everyone",
        ["S-1-5-11"] = @"NT AUTHORITY\Authenticated Users",
        ["S-1-5-4"] = @"NT AUTHORITY\INTERACTIVE",
        ["S-1-5-32-545"] = @"BUILTIN\Users",
        ["S-1-5-32-546"] = @"BUILTIN\Guests",
    };

    public static bool IsAdministrative(string sid) => Administrative.Contains(sid);

    public static LocationVerdict Judge(IEnumerable<WindowsPathFacts> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reasons = new List<string>();
        foreach (var path in paths)
        {
            var mask = path.Role == PathRole.Ancestor ? ReplaceRights : WriteRights;
            var writers = path.Rules
                .Where(rule => rule.Allow && !rule.InheritOnly && (rule.Rights & mask) != 0 && !IsAdministrative(rule.Sid))
                .Select(NameOf)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (writers.Count > 0)
            {
                reasons.Add(TrustStrings.FormatWindowsWritableBy(path.Path, string.Join(", ", writers)));
            }
        }

        return new LocationVerdict(reasons);
    }

    private static string NameOf(WindowsAccessRule rule) =>
        rule.Name ?? (WellKnownNames.TryGetValue(rule.Sid, out var name) ? name : rule.Sid.ToString(CultureInfo.InvariantCulture));
}
