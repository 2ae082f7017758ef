namespace WuToolkit.Fixing.Journal;

/// <summary>A journal that was asked for does not exist.</summary>
public sealed class JournalNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalNotFoundException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public JournalNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public JournalNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
