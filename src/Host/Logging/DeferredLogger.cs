using Microsoft.Extensions.Logging;

namespace WuToolkit.Host.Logging;

/// <summary>A logger of a <see cref="DeferredLoggerFactory"/>: answers by the level alone, and hands what passes to the
/// real logger of its category, which it asks the factory for on the first such message.</summary>
internal sealed class DeferredLogger(string category, DeferredLoggerFactory factory) : ILogger
{
    private ILogger? _real;

    /// <summary>The real logger; two threads may both create one on their first message, which is harmless.</summary>
    private ILogger Real => _real ??= factory.Real.CreateLogger(category);

    public bool IsEnabled(LogLevel logLevel) => factory.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (factory.IsEnabled(logLevel))
        {
            Real.Log(logLevel, eventId, state, exception, formatter);
        }
    }

    /// <summary>A scope is the real logger's: scopes are rare, and a scope begun before any message must still hold the
    /// messages inside it.</summary>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Real.BeginScope(state);
}
