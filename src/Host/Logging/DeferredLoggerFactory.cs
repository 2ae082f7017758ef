using Microsoft.Extensions.Logging;

namespace WuToolkit.Host.Logging;

/// <summary>
/// A command's logger factory that builds the real one only when something is first logged at the active level. Most
/// commands log nothing at the default level, and building Microsoft.Extensions.Logging's console provider (its options,
/// its service container, its writer thread) was a large part of a short command's start-up. Until then its loggers
/// decide by the level alone, as the real factory's do (it has a minimum level and no other filter), and every message
/// they let through goes to the real logger of the same category, so what is written, where and how is unchanged.
/// </summary>
public sealed class DeferredLoggerFactory : ILoggerFactory
{
    private readonly Lazy<ILoggerFactory> _real;

    /// <param name="minimum">The real factory's minimum level: a message below it is never written.</param>
    /// <param name="create">Builds the real factory, at most once.</param>
    public DeferredLoggerFactory(LogLevel minimum, Func<ILoggerFactory> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        Minimum = minimum;
        _real = new Lazy<ILoggerFactory>(create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The least severe level that is written.</summary>
    public LogLevel Minimum { get; }

    /// <summary>Whether the real factory has been built (something was logged at the active level).</summary>
    public bool IsBuilt => _real.IsValueCreated;

    /// <summary>The real factory, built now if it was not yet.</summary>
    internal ILoggerFactory Real => _real.Value;

    /// <summary>Whether a message at <paramref name="level"/> is written: the real factory's own rule.</summary>
    public bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= Minimum;

    public ILogger CreateLogger(string categoryName) => new DeferredLogger(categoryName, this);

    public void AddProvider(ILoggerProvider provider) => Real.AddProvider(provider);

    /// <summary>Disposes the real factory if it was built, which writes what its provider still holds.</summary>
    public void Dispose()
    {
        if (_real.IsValueCreated)
        {
            _real.Value.Dispose();
        }
    }
}
