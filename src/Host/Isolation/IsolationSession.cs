using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// The isolated plugins of one wutk command: which plugins run in processes of their own (all third-party plugins with
/// <c>--isolate</c>, and those an administrator isolated in the machine-wide configuration; built-in plugins never),
/// how those processes start, which machine their checks ask, and their end when the command ends.
/// </summary>
public sealed class IsolationSession : IPluginIsolation, IAsyncDisposable
{
    private readonly ChildCommand _command;
    private readonly IReadOnlyList<string> _arguments;
    private readonly bool _allThirdParty;
    private readonly IReadOnlySet<string> _configured;
    private readonly TextWriter _error;
    private readonly Lock _writing = new();
    private readonly Lock _gate = new();
    private readonly List<IsolatedPlugin> _plugins = [];

    /// <param name="environment">Where wutk itself is, to start it again.</param>
    /// <param name="allThirdParty">Whether every plugin that is not built in runs isolated (<c>--isolate</c>).</param>
    /// <param name="configured">The plugins an administrator always isolates.</param>
    /// <param name="error">Where the processes' standard error goes, line by line.</param>
    /// <param name="verbosity">The <c>--verbosity</c> the processes log at.</param>
    /// <param name="limits">What a process may take.</param>
    public IsolationSession(HostEnvironment environment, bool allThirdParty, IReadOnlySet<string> configured, TextWriter error, string? verbosity, IsolationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _command = ChildCommand.For(environment);
        _arguments = verbosity is null ? [] : ["--verbosity", verbosity];
        _allThirdParty = allThirdParty;
        _configured = configured;
        _error = error;
        Limits = limits ?? IsolationLimits.Default;
    }

    public IsolationLimits Limits { get; }

    /// <summary>The machine isolated checks ask; <c>run</c> names its snapshot or the live PC before the checks run.</summary>
    internal MachineSpec Machine { get; private set; } = MachineSpec.Live(RunOptions.DefaultTimeout / 3);

    /// <summary>Isolated checks read this snapshot file, as wutk does.</summary>
    public void UseSnapshot(string path) => Machine = MachineSpec.Snapshot(Path.GetFullPath(path));

    /// <summary>Isolated checks ask this PC, each process building its own live machine.</summary>
    public void UseLiveMachine(TimeSpan probeTimeout) => Machine = MachineSpec.Live(probeTimeout);

    public bool Isolates(PluginCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Folder.Origin != PluginOrigin.BuiltIn && (_allThirdParty || _configured.Contains(candidate.Name));
    }

    public Task<IsolatedLoad> LoadAsync(PluginCandidate candidate, string loadFrom)
    {
        var plugin = new IsolatedPlugin(candidate, loadFrom, this);
        lock (_gate)
        {
            _plugins.Add(plugin);
        }

        return Task.Run(plugin.LoadAsync);
    }

    internal PluginProcess StartProcess(string plugin) => PluginProcess.Start(plugin, _command, _arguments, Limits, _error, _writing);

    public async ValueTask DisposeAsync()
    {
        List<IsolatedPlugin> plugins;
        lock (_gate)
        {
            plugins = [.. _plugins];
            _plugins.Clear();
        }

        await Task.WhenAll(plugins.Select(plugin => plugin.DisposeAsync().AsTask())).ConfigureAwait(false);
    }
}
