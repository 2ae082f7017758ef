namespace WuToolkit.Snapshots;

/// <summary>A snapshot that cannot be used: missing, unreadable, too large, malformed, truncated, of another version,
/// holding a nonsense value, or (with strict reading) holding sections this version does not know. The message is one
/// line naming the source and, where known, the place.</summary>
public sealed class SnapshotFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotFormatException(string message, bool fileMissing = false, Exception? inner = null)
        : base(message, inner)
    {
        FileMissing = fileMissing;
    }

    /// <summary>Creates the exception.</summary>
    public SnapshotFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SnapshotFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SnapshotFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>True when the input could not be opened or read at all (as opposed to being malformed): "no input".</summary>
    public bool FileMissing { get; }
}
