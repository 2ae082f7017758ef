namespace WuToolkit.Host.IO;

/// <summary>An output path that wutk will not write: a folder, a link, a device, a FIFO or a socket. The message says
/// which, in one line, without the path (the caller names it).</summary>
public sealed class UnsafeOutputException : IOException
{
    public UnsafeOutputException(string message)
        : base(message)
    {
    }

    public UnsafeOutputException()
    {
    }

    public UnsafeOutputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
