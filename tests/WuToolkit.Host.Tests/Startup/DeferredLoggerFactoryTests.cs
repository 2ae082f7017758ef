using Microsoft.Extensions.Logging;
using WuToolkit.Host.Logging;

// The messages are logged as plugins log them, through the extension methods: what they cost does not matter here.
#pragma warning disable CA1848, CA1873

namespace WuToolkit.Host.Tests.Startup;

/// <summary>The console logging of a command is built only when a message is written at the active level, and then writes
/// what the factory built at once would have written: the same messages, categories, event ids and levels.</summary>
public class DeferredLoggerFactoryTests
{
    private static readonly LogLevel[] Levels = Enum.GetValues<LogLevel>();

    [TestCaseSource(nameof(Levels))]
    public void Each_level_is_written_exactly_when_the_built_factory_would_write_it(LogLevel minimum)
    {
        using var eager = LoggerFactory.Create(builder => builder.SetMinimumLevel(minimum).AddProvider(new Collecting()));
        using var deferred = new DeferredLoggerFactory(minimum, () => throw new AssertionException("only IsEnabled is asked"));
        var eagerLogger = eager.CreateLogger("wutk.test");
        var deferredLogger = deferred.CreateLogger("wutk.test");

        foreach (var level in Levels)
        {
            Assert.That(deferredLogger.IsEnabled(level), Is.EqualTo(eagerLogger.IsEnabled(level)), $"{level} at minimum {minimum}");
        }

        Assert.That(deferred.IsBuilt, Is.False);
    }

    [Test]
    public void Messages_below_the_level_build_nothing()
    {
        var built = 0;
        using var factory = new DeferredLoggerFactory(LogLevel.Warning, () =>
        {
            built++;
            return LoggerFactory.Create(_ => { });
        });
        var logger = factory.CreateLogger("wutk.plugins");

        logger.LogInformation("Loaded {Plugin}", "Disk");
        logger.LogDebug("Skipped {Path}", "/tmp/x.dll");
        logger.Log(LogLevel.None, "never");

        Assert.That(built, Is.Zero);
        Assert.That(factory.IsBuilt, Is.False);
    }

    [Test]
    public void The_first_message_at_the_level_builds_the_factory_once_and_every_message_reaches_it()
    {
        var built = 0;
        var collected = new Collecting();
        using var factory = new DeferredLoggerFactory(LogLevel.Information, () =>
        {
            built++;
            return LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(collected));
        });
        var plugins = factory.CreateLogger("wutk.plugins");
        var catalogs = factory.CreateLogger<DeferredLoggerFactoryTests>();
        var failure = new InvalidOperationException("bad image");

        plugins.LogDebug("not written");
        plugins.Log(LogLevel.Information, new EventId(7, "Loaded"), "Loaded {Plugin}", "Disk");
        catalogs.LogWarning("Catalog {Name} ignored", "Broken");
        plugins.LogError(failure, "Could not load {Plugin}", "Net");

        Assert.That(built, Is.EqualTo(1));
        Assert.That(collected.Messages, Is.EqualTo(new[]
        {
            new Message("wutk.plugins", LogLevel.Information, 7, "Loaded Disk", null),
            new Message(typeof(DeferredLoggerFactoryTests).FullName!, LogLevel.Warning, 0, "Catalog Broken ignored", null),
            new Message("wutk.plugins", LogLevel.Error, 0, "Could not load Net", failure),
        }));
    }

    [Test]
    public void Messages_from_many_threads_at_once_build_one_factory_and_all_arrive()
    {
        var built = 0;
        var collected = new Collecting();
        using var factory = new DeferredLoggerFactory(LogLevel.Warning, () =>
        {
            Interlocked.Increment(ref built);
            return LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Warning).AddProvider(collected));
        });

        Parallel.For(0, 64, i => factory.CreateLogger("wutk.check." + (i % 4)).LogWarning("Warning {Number}", i));

        Assert.That(built, Is.EqualTo(1));
        Assert.That(collected.Messages.Select(message => message.Text).Order(StringComparer.Ordinal),
            Is.EqualTo(Enumerable.Range(0, 64).Select(i => "Warning " + i).Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Disposing_disposes_the_built_factory_and_builds_none()
    {
        var unused = new DeferredLoggerFactory(LogLevel.Warning, () => throw new AssertionException("nothing was logged"));
        unused.Dispose();
        Assert.That(unused.IsBuilt, Is.False);

        var provider = new Collecting();
        var used = new DeferredLoggerFactory(LogLevel.Warning, () =>
        {
            // A provider added to the factory itself is the factory's to dispose, as the console provider is.
            var real = new LoggerFactory();
            real.AddProvider(provider);
            return real;
        });
        used.CreateLogger("wutk").LogWarning("written");
        used.Dispose();
        Assert.That(provider.Disposed, Is.True, "the provider writes what it still holds when disposed");
    }

    [Test]
    public void A_scope_is_the_real_loggers()
    {
        var collected = new Collecting();
        using var factory = new DeferredLoggerFactory(LogLevel.Warning, () => LoggerFactory.Create(builder => builder.AddProvider(collected)));
        var logger = factory.CreateLogger("wutk");

        using (logger.BeginScope("check {Id}", "disk.free-space"))
        {
            logger.LogWarning("inside");
        }

        Assert.That(collected.Messages.Single().Scopes, Is.EqualTo(new[] { "check disk.free-space" }));
    }

    private sealed record Message(string Category, LogLevel Level, int EventId, string Text, Exception? Exception)
    {
        public IReadOnlyList<string> Scopes { get; init; } = [];

        public bool Equals(Message? other) =>
            other is not null && Category == other.Category && Level == other.Level && EventId == other.EventId && Text == other.Text
            && ReferenceEquals(Exception, other.Exception);

        public override int GetHashCode() => HashCode.Combine(Category, Level, EventId, Text);
    }

    /// <summary>A provider that keeps what it is given, scopes included.</summary>
    private sealed class Collecting : ILoggerProvider, ISupportExternalScope
    {
        private readonly Lock _lock = new();
        private readonly List<Message> _messages = [];
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public IReadOnlyList<Message> Messages
        {
            get
            {
                lock (_lock)
                {
                    return [.. _messages];
                }
            }
        }

        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose() => Disposed = true;

        private void Add(Message message)
        {
            lock (_lock)
            {
                _messages.Add(message);
            }
        }

        private sealed class Logger(string category, Collecting provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new List<string>();
                provider._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
                provider.Add(new Message(category, logLevel, eventId.Id, formatter(state, exception), exception) { Scopes = scopes });
            }
        }
    }
}
