namespace WuToolkit.Host.Cli;

/// <summary>An input wutk was told to read exists but cannot be read (permission denied, an I/O error): exit code 66
/// with the message as one line.</summary>
public sealed class InputUnreadableException : Exception
{
    public InputUnreadableException(string message)
        : base(message)
    {
    }

    public InputUnreadableException()
    {
    }

    public InputUnreadableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
