using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Plugins.Trust;

/// <summary>
/// Who may change a plugin on Unix, decided from owners and modes alone so that tests can give any layout as data.
/// A path is safe when root (or the user running wutk) owns it and nobody else may write it: not every user (the
/// world-write bit) and not a group other than root's. A folder further up may be world-writable when it has the
/// sticky bit (<c>/tmp</c>), because then nobody can rename or replace the entries others own in it.
/// </summary>
public static class UnixLocationRules
{
    public static LocationVerdict Judge(IEnumerable<UnixPathFacts> paths, uint currentUser)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reasons = new List<string>();
        foreach (var path in paths)
        {
            if (Reason(path, currentUser) is { } reason)
            {
                reasons.Add(reason);
            }
        }

        return new LocationVerdict(reasons);
    }

    private static string? Reason(UnixPathFacts path, uint currentUser)
    {
        if (path.Owner is not { } owner || path.Group is not { } group)
        {
            return TrustStrings.FormatUnixOwnerUnknown(path.Path);
        }

        if (owner != 0 && owner != currentUser)
        {
            return TrustStrings.FormatUnixOwnedByOther(path.Path, owner);
        }

        // In a sticky folder only an entry's owner may rename or remove it: its other writers cannot touch what root owns.
        var sticky = path.Role == PathRole.Ancestor && path.Mode.HasFlag(UnixFileMode.StickyBit);
        if (path.Mode.HasFlag(UnixFileMode.OtherWrite) && !sticky)
        {
            return TrustStrings.FormatUnixWorldWritable(path.Path);
        }

        if (path.Mode.HasFlag(UnixFileMode.GroupWrite) && group != 0 && !sticky)
        {
            return TrustStrings.FormatUnixGroupWritable(path.Path, group);
        }

        return null;
    }
}
