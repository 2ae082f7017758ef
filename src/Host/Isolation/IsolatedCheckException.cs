namespace WuToolkit.Host.Isolation;

/// <summary>A check run in a process of its own gave no result, for a reason already worded as its Error row says it.</summary>
public class IsolatedCheckException : Exception
{
    public IsolatedCheckException(string summary)
        : base(summary)
    {
    }

    public IsolatedCheckException(string summary, Exception inner)
        : base(summary, inner)
    {
    }

    public IsolatedCheckException()
    {
    }
}

/// <summary>An isolated plugin's process ended, broke the protocol or flooded it while checks ran in it.</summary>
public sealed class PluginProcessEndedException : IsolatedCheckException
{
    public PluginProcessEndedException(string summary)
        : base(summary)
    {
    }

    public PluginProcessEndedException(string summary, Exception inner)
        : base(summary, inner)
    {
    }

    public PluginProcessEndedException()
    {
    }
}
