using WuToolkit.Fixing.Journal;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Output;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Fixes;

/// <summary>Reads a journal a command names: one that does not exist is missing input (66), one that cannot be read is
/// bad data (65), each said in one line.</summary>
public static class JournalInput
{
    public static async Task<(FixJournal? Journal, int Code)> ReadAsync(HostSession session, JournalBook book, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(book);
        try
        {
            return (await book.ReadAsync(id, cancellationToken).ConfigureAwait(false), ExitCodes.Ok);
        }
        catch (JournalNotFoundException ex)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(ex.Message)).ConfigureAwait(false);
            return (null, ExitCodes.NoInput);
        }
        catch (JournalDamagedException ex)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(ex.Message)).ConfigureAwait(false);
            return (null, ExitCodes.DataError);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await session.Error.WriteLineAsync(MessageLine.Error(ex.Message)).ConfigureAwait(false);
            return (null, ExitCodes.NoInput);
        }
    }
}
