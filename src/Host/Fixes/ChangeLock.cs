using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// The <see cref="MachineLock"/> for a command about to change the machine: taken once what it will do is known and
/// allowed, before it asks, and held until it ends, so that two of them never interleave their steps or their journal
/// entries. A plan only shown takes nothing.
/// </summary>
public static class ChangeLock
{
    /// <summary>
    /// The lock; or no lock and the refusal, already said on standard error, naming who holds it; or neither when the
    /// journals' folder cannot hold the lock file (it cannot hold a journal either, and that is said where one is written).
    /// </summary>
    public static async Task<(MachineLock? Held, string? Refusal)> TakeAsync(HostSession session, FileJournalStore store, string command)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            if (MachineLock.TryAcquire(store.Folder, LockHolder.ThisProcess(command, TimeProvider.System.GetUtcNow()), out var held, out var holder))
            {
                return (held, null);
            }

            var refusal = Refusal(holder, MachineLock.PathIn(store.Folder));
            await session.Error.WriteLineAsync(MessageLine.Error(refusal)).ConfigureAwait(false);
            return (null, refusal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    /// <summary>The one line that says the machine is busy and who with.</summary>
    public static string Refusal(LockHolder holder, string lockFile)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var who = holder switch
        {
            { ProcessId: { } pid, Command: { Length: > 0 } command } => FixStrings.FormatMachineBusyProcessCommand(pid, command),
            { ProcessId: { } pid } => FixStrings.FormatMachineBusyProcess(pid),
            _ => FixStrings.MachineBusyUnknown,
        };
        return FixStrings.FormatMachineBusy(who, lockFile);
    }
}
