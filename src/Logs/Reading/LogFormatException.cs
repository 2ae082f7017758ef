namespace WuToolkit.Logs.Reading;

/// <summary>
/// Input the log reader refuses as a whole: a folder, a missing or unreadable file, a binary <c>.evtx</c> event
/// log. The message is one line that names the file, ready to print. Any other input, however damaged, gives
/// entries instead (possibly of kind <c>Unknown</c>), so this is the only exception the reader throws on
/// purpose; an I/O failure in the middle of a file surfaces as the <see cref="IOException"/> it is.
/// </summary>
public sealed class LogFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LogFormatException()
    {
    }

    /// <summary>Creates the exception with its one-line message.</summary>
    public LogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and the error behind it.</summary>
    public LogFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
