using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// On Windows the journals steer what an elevated <c>wutk undo</c> changes, so only administrators may write them: the
/// machine's journal folder (and its <c>wutk</c> parent in %ProgramData%, where any user may create folders) is created
/// with an ACL of its own (SYSTEM and Administrators full control, Users read), and an existing one is used only when no
/// one else owns it or may write in it. A folder named with the journals variable is the user's choice and is not held
/// to this.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class JournalFolderSecurity
{
    private const FileSystemRights Writing =
        FileSystemRights.WriteData | FileSystemRights.AppendData | FileSystemRights.WriteExtendedAttributes | FileSystemRights.WriteAttributes
        | FileSystemRights.Delete | FileSystemRights.DeleteSubdirectoriesAndFiles | FileSystemRights.ChangePermissions | FileSystemRights.TakeOwnership;

    private static readonly SecurityIdentifier Administrators = new(WellKnownSidType.BuiltinAdministratorsSid, null);
    private static readonly SecurityIdentifier System = new(WellKnownSidType.LocalSystemSid, null);
    private static readonly SecurityIdentifier TrustedInstaller = new("S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464");

    /// <summary>Creates the folder safely if needed; says why an existing one cannot be trusted, or <see langword="null"/>.</summary>
    public static string? Secure(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        foreach (var path in parent is null ? [folder] : new[] { parent, folder })
        {
            if (!Directory.Exists(path))
            {
                try
                {
                    Protected().CreateDirectory(path);
                }
                catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or InvalidOperationException)
                {
                    return FixStrings.FormatJournalFolderNotCreated(path, ex.Message);
                }
            }
            else if (Problem(path) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static DirectorySecurity Protected()
    {
        var security = IO.AdministratorsOnlyFolder.Security();
        security.SetOwner(Administrators);
        return security;
    }

    private static string? Problem(string path)
    {
        var security = new DirectoryInfo(path).GetAccessControl();
        if (security.GetOwner(typeof(SecurityIdentifier)) is not SecurityIdentifier owner || !Trusted(owner))
        {
            return FixStrings.FormatJournalFolderUntrusted(path);
        }

        foreach (FileSystemAccessRule rule in security.GetAccessRules(includeExplicit: true, includeInherited: true, typeof(SecurityIdentifier)))
        {
            if (rule.AccessControlType == AccessControlType.Allow && (rule.FileSystemRights & Writing) != 0
                && rule.IdentityReference is SecurityIdentifier who && !Trusted(who))
            {
                return FixStrings.FormatJournalFolderUntrusted(path);
            }
        }

        return null;
    }

    private static bool Trusted(SecurityIdentifier who) => who == Administrators || who == System || who == TrustedInstaller;
}
