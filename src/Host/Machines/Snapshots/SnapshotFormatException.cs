namespace WuToolkit.Host.Machines.Snapshots;

/// <summary>A snapshot file that cannot be used: missing, unreadable, malformed, truncated or of another version.
/// The message is one line naming the file and, where known, the place.</summary>
public sealed class SnapshotFormatException : Exception
{
    public SnapshotFormatException(string message, bool fileMissing = false, Exception? inner = null)
        : base(message, inner)
    {
        FileMissing = fileMissing;
    }

    /// <summary>True when the file could not be opened at all (as opposed to being malformed).</summary>
    public bool FileMissing { get; }
}
