namespace WuToolkit.Host.IO;

/// <summary>Standard output could not be written (a full disk, a closed stream or pipe): the command's result is lost,
/// which the command line reports as exit code 73. Not an <see cref="IOException"/>, so that no reader of input
/// mistakes it for its own failure.</summary>
public sealed class OutputLostException : Exception
{
    public OutputLostException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OutputLostException()
    {
    }

    public OutputLostException(string message)
        : base(message)
    {
    }
}
