using System.Runtime.Versioning;

namespace WuToolkit.Host.Configuration;

/// <summary>
/// Makes the folder of the machine-wide configuration when it does not exist yet. On Windows it would otherwise inherit
/// the ACL of <c>%ProgramData%</c>, where every user may create files, and an elevated wutk would then (rightly) not
/// trust what it holds: so it is made with an ACL of its own, full control for SYSTEM and Administrators and reading
/// for users. On Unix root's usual umask already leaves it to root. An existing folder is left as it is: the trust
/// rules say so when others can change it.
/// </summary>
public static class ConfigurationFolder
{
    public static void Prepare(string configurationFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(configurationFile))!;
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            CreateForAdministrators(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    [SupportedOSPlatform("windows")]
    private static void CreateForAdministrators(string folder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        new DirectoryInfo(folder).Create(IO.AdministratorsOnlyFolder.Security());
    }
}
