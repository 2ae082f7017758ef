using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>Reads the access control lists of a file and of every folder up to its drive's root, as data for
/// <see cref="WindowsLocationRules"/>. Nothing here decides anything.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsPathReader
{
    /// <summary>The facts of <paramref name="file"/> and the folders above it; null when the file is gone.</summary>
    public static IReadOnlyList<WindowsPathFacts>? Read(string file)
    {
        var full = Path.GetFullPath(file);
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            return null;
        }

        var facts = new List<WindowsPathFacts> { new(full, PathRole.File, Rules(info.GetAccessControl())) };
        var role = PathRole.Folder;
        for (var folder = info.Directory; folder is not null; folder = folder.Parent)
        {
            facts.Add(new WindowsPathFacts(folder.FullName, role, Rules(folder.GetAccessControl())));
            role = PathRole.Ancestor;
        }

        return facts;
    }

    private static List<WindowsAccessRule> Rules(FileSystemSecurity security) =>
        security.GetAccessRules(includeExplicit: true, includeInherited: true, typeof(SecurityIdentifier))
            .OfType<FileSystemAccessRule>()
            .Select(rule => new WindowsAccessRule(
                rule.IdentityReference.Value,
                (int)rule.FileSystemRights,
                rule.AccessControlType == AccessControlType.Allow,
                rule.PropagationFlags.HasFlag(PropagationFlags.InheritOnly))
            {
                Name = NameOf((SecurityIdentifier)rule.IdentityReference),
            })
            .ToList();

    private static string? NameOf(SecurityIdentifier sid)
    {
        try
        {
            return sid.Translate(typeof(NTAccount)).Value;
        }
        catch (IdentityNotMappedException)
        {
            return null;
        }
        catch (SystemException)
        {
            return null;
        }
    }
}
