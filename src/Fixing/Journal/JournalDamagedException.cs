namespace WuToolkit.Fixing.Journal;

/// <summary>A journal cannot be read: a line other than the last is not an entry (a last line cut short by a crash is
/// skipped, as nothing after it was written), or it does not start as a journal does.</summary>
public sealed class JournalDamagedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalDamagedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public JournalDamagedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public JournalDamagedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
