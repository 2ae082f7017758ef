using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>Where the fix journals live on this machine (see <see cref="HostEnvironment.ResolveJournalFolder"/>).</summary>
public static class JournalFolder
{
    /// <summary>The store, or <see langword="null"/> after saying on standard error that there is no folder for it, or
    /// (Windows, elevated) that the machine's folder can be written by someone other than an administrator.</summary>
    public static FileJournalStore? Open(HostSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Environment.ResolveJournalFolder() is not { } folder)
        {
            session.Error.WriteLine(Output.MessageLine.Error(FixStrings.FormatNoJournalFolder(HostEnvironment.JournalsVariable)));
            return null;
        }

        // The machine's own folder must be one only administrators can write; a folder the user named is theirs.
        if (OperatingSystem.IsWindows() && session.Environment.IsElevated && folder == session.Environment.JournalFolder
            && JournalFolderSecurity.Secure(folder) is { } problem)
        {
            session.Error.WriteLine(Output.MessageLine.Error(problem));
            return null;
        }

        return new FileJournalStore(folder);
    }
}
