using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace WuToolkit.Host.IO;

/// <summary>
/// The ACL of a folder that what an elevated wutk reads must live in (the machine-wide configuration, the fix journals):
/// inheritance from <c>%ProgramData%</c>, where every user may create files, is cut, SYSTEM and Administrators have full
/// control and users may only read.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class AdministratorsOnlyFolder
{
    /// <summary>A new ACL for such a folder, to create it with.</summary>
    public static DirectorySecurity Security()
    {
        var security = new DirectorySecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        const InheritanceFlags Everything = InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit;
        security.AddAccessRule(Allow(WellKnownSidType.LocalSystemSid, FileSystemRights.FullControl, Everything));
        security.AddAccessRule(Allow(WellKnownSidType.BuiltinAdministratorsSid, FileSystemRights.FullControl, Everything));
        security.AddAccessRule(Allow(WellKnownSidType.BuiltinUsersSid, FileSystemRights.ReadAndExecute, Everything));
        return security;
    }

    private static FileSystemAccessRule Allow(WellKnownSidType who, FileSystemRights rights, InheritanceFlags inheritance) =>
        new(new SecurityIdentifier(who, null), rights, inheritance, PropagationFlags.None, AccessControlType.Allow);
}
