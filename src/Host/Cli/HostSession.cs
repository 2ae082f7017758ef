using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Isolation;
using WuToolkit.Host.Logging;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Cli;

/// <summary>
/// What one invocation of a command works with: its output writers, logging to standard error, the plugin
/// catalog (loaded under the trust rules and the machine-wide configuration, some plugins isolated) and the chosen
/// formatter. Built from the parse result; disposed when the command ends so the last log lines are flushed and
/// isolated plugins' processes end.
/// </summary>
public sealed class HostSession : IDisposable
{
    private readonly string? _verbosity;
    private readonly bool _isolateThirdParty;
    private readonly ProcessStateGuard _guard;
    private readonly Lazy<(MachineConfiguration Configuration, IReadOnlyList<string> Warnings)> _machineConfiguration;
    private readonly VerifiedCopies _verifiedCopies = new();

    private HostSession(ParseResult parse, CommonOptions options, HostEnvironment environment)
    {
        Output = parse.InvocationConfiguration.Output;
        Error = parse.InvocationConfiguration.Error;
        Environment = environment;
        var verbosity = parse.GetValue(options.Verbosity);
        LoggerFactory = CreateLoggerFactory(verbosity, environment);
        Detailed = verbosity?.ToLowerInvariant() is "detailed" or "diagnostic";
        Format = CommonOptions.ParseFormat(parse.GetValue(options.Format));
        PluginFolders = PluginSearchPath.Resolve(environment, parse.GetValue(options.Plugins) ?? []);
        // Read when first needed (loading plugins, mostly), not by every command that opens a session.
        _machineConfiguration = new(() => (MachineConfigurationFile.Read(environment.MachineConfigurationFile, out var warnings), warnings));
        _verbosity = parse.GetResult(options.Verbosity) is { Implicit: false } ? verbosity : null;
        _isolateThirdParty = parse.GetResult(options.Isolate) is not null && parse.GetValue(options.Isolate);
        _guard = new ProcessStateGuard(Output, Error);
    }

    /// <summary>The plugins that run in processes of their own, once plugins are loaded and any is isolated.</summary>
    public IsolationSession? Isolation { get; private set; }

    /// <summary>What administrators decided about plugins (trust pins, isolation), as the machine-wide file says.</summary>
    public MachineConfiguration MachineConfiguration => _machineConfiguration.Value.Configuration;

    public TextWriter Output { get; private set; }

    public TextWriter Error { get; }

    public HostEnvironment Environment { get; }

    public ILoggerFactory LoggerFactory { get; }

    public OutputFormat Format { get; }

    /// <summary>Whether the user asked for detail (<c>-v detailed</c> or <c>diagnostic</c>): tables show more, not only the log.</summary>
    public bool Detailed { get; }

    public IReadOnlyList<PluginFolder> PluginFolders { get; }

    public static string ToolVersion { get; } =
        typeof(HostSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static HostSession Open(ParseResult parse, CommonOptions options, HostEnvironment environment) =>
        new(parse, options, environment);

    /// <summary>Loads every plugin and says each problem in one line on standard error. With
    /// <paramref name="listingFromCache"/>, a plugin the per-user metadata cache describes is listed from it and loads only
    /// when one of its exports is first created (commands that list, select and run; not those that change the PC or
    /// report on the plugins themselves).</summary>
    public PluginCatalog LoadPlugins(bool listingFromCache = false)
    {
        foreach (var folder in PluginFolders)
        {
            EnsureReadable(folder.Path);
        }

        foreach (var warning in _machineConfiguration.Value.Warnings)
        {
            Error.WriteLine(MessageLine.Warning(warning));
        }

        if (_isolateThirdParty || MachineConfiguration.Isolated.Count > 0)
        {
            Isolation ??= new IsolationSession(Environment, _isolateThirdParty, MachineConfiguration.Isolated, Error, _verbosity);
        }

        var cache = listingFromCache ? Plugins.Cache.PluginMetadataCache.For(Environment, ToolVersion) : null;
        Environment.Trace?.Mark("session opened (logging, configuration)");
        var catalog = new PluginLoader(LoggerFactory, TrustPolicy(), Isolation) { Cache = cache, Trace = Environment.Trace is { } trace ? trace.Mark : null }.LoadAll(PluginFolders);
        foreach (var problem in catalog.Problems)
        {
            Error.WriteLine(MessageLine.Warning(problem.Message));
        }

        Environment.Trace?.Mark(cache is null ? "plugins loaded" : "plugins listed (metadata cache " + cache.Folder + ")");

        return catalog;
    }

    /// <summary>The trust rules of this run: elevated, pins count only while the configuration file that holds them is
    /// itself where only administrators can change it.</summary>
    private TrustPolicy TrustPolicy()
    {
        var configuration = MachineConfiguration;
        if (Environment.IsElevated && configuration.Pins.Count > 0 && Environment.MachineConfigurationFile is { } file
            && FileLocation.Judge(file) is { AdministratorsOnly: false } verdict)
        {
            Error.WriteLine(MessageLine.Warning(TrustStrings.FormatConfigurationNotProtected(file, string.Join("; ", verdict.Reasons))));
            configuration = configuration.WithoutPins();
        }

        return new TrustPolicy(Environment.IsElevated, configuration.Pins, _verifiedCopies);
    }

    /// <summary>A plugins folder that exists but cannot be listed is named as such (66), not reported as a crash.</summary>
    private static void EnsureReadable(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            _ = entries.MoveNext();
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputUnreadableException(Strings.FormatPluginsFolderDenied(folder), ex);
        }
        catch (IOException ex)
        {
            throw new InputUnreadableException(Strings.FormatPluginsFolderUnreadable(folder, ex.Message), ex);
        }
    }

    /// <summary>A progress line for a run, drawn only when standard error is the console's and a terminal; dispose it
    /// (which erases it) before the report is written.</summary>
    public RunProgressLine OpenRunProgress() =>
        new(Error, Environment.ErrorIsTerminal && ReferenceEquals(Error, Console.Error));

    /// <summary>Sends what the command writes for people elsewhere (<c>--intune</c>, whose standard output is one line) and
    /// returns the writer it went to before.</summary>
    public TextWriter DivertOutput(TextWriter to)
    {
        var before = Output;
        Output = to;
        return before;
    }

    /// <param name="file">Where the document goes instead of standard output (<c>-o</c>): never coloured, never a terminal.</param>
    public IOutputFormatter CreateFormatter(TextWriter? file = null)
    {
        // What plugins may have changed in this process is put back before anything is written.
        _guard.Restore();
        var output = file ?? Output;
        switch (Format)
        {
            case OutputFormat.Json:
                return new JsonOutputFormatter(output, ToolVersion);
            case OutputFormat.Html:
                return new WuToolkit.Host.Output.Html.HtmlOutputFormatter(output, ToolVersion);
            case OutputFormat.Markdown:
                return new WuToolkit.Host.Output.Markdown.MarkdownOutputFormatter(output, ToolVersion);
        }

        if (file is not null)
        {
            return new TableOutputFormatter(file, color: false, terminal: false, 0, Detailed);
        }

        if (Format == OutputFormat.Jsonl)
        {
            return new JsonlOutputFormatter(Output, ToolVersion);
        }

        // Colour only for a person at a terminal who has not asked for none; and only when the output
        // really is the console, not a test's or a script's writer.
        var terminal = Environment.OutputIsTerminal && ReferenceEquals(Output, Console.Out);
        return new TableOutputFormatter(Output, color: terminal && !Environment.NoColorRequested, terminal, terminal ? Environment.TerminalWidth : 0, Detailed);
    }

    public void Dispose()
    {
        Isolation?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _guard.Dispose();
        _verifiedCopies.Dispose();
        LoggerFactory.Dispose();
    }

    /// <summary>Logging to standard error at the verbosity asked for. The console provider is built only when a message is
    /// first written (<see cref="DeferredLoggerFactory"/>): most commands write none at the default verbosity.</summary>
    private static DeferredLoggerFactory CreateLoggerFactory(string? verbosity, HostEnvironment environment)
    {
        var level = verbosity?.ToLowerInvariant() switch
        {
            "quiet" => LogLevel.Error,
            "detailed" => LogLevel.Information,
            "diagnostic" => LogLevel.Trace,
            _ => LogLevel.Warning,
        };

        return new DeferredLoggerFactory(level, () => Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder
            .SetMinimumLevel(level)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.ColorBehavior = environment.NoColorRequested || Console.IsErrorRedirected
                    ? LoggerColorBehavior.Disabled
                    : LoggerColorBehavior.Default;
            })
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)));
    }
}
