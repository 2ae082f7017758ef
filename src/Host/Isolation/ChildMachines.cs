using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Machines;
using WuToolkit.Host.Plugins;
using WuToolkit.Logs.Analysis;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// In an isolated plugin's process: the machine its checks ask, built as wutk builds it. For a snapshot the same file
/// is read (its warnings were already said by wutk); for the live PC a live machine is made, on Windows with the
/// built-in log rules it uses to read event logs. It is built once, on the first run that needs it.
/// </summary>
internal sealed class ChildMachines(HostEnvironment environment, ILoggerFactory loggerFactory) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MachineSpec? _spec;
    private IMachine? _machine;
    private string? _failure;

    /// <summary>The machine <paramref name="spec"/> describes.</summary>
    /// <exception cref="InvalidOperationException">It cannot be built (the snapshot cannot be read); the message says why.</exception>
    public async Task<IMachine> GetAsync(MachineSpec spec, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_spec != spec)
            {
                Release();
                _spec = spec;
                (_machine, _failure) = await BuildAsync(spec, cancellationToken).ConfigureAwait(false);
            }

            return _machine ?? throw new InvalidOperationException(_failure);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(IMachine?, string?)> BuildAsync(MachineSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Kind == MachineSpec.SnapshotKind)
        {
            try
            {
                var read = await SnapshotFile.ReadAsync(spec.Path ?? "", new SnapshotReadOptions(), cancellationToken).ConfigureAwait(false);
                return (new SnapshotMachine(read.Snapshot), null);
            }
            catch (Exception ex) when (ex is SnapshotFormatException or IOException or UnauthorizedAccessException)
            {
                return (null, ex.Message.ReplaceLineEndings(" "));
            }
        }

        var probe = TimeSpan.FromSeconds(Math.Clamp(spec.ProbeTimeoutSeconds, 1, 3600));
        return (LiveMachine.Create(TimeProvider.System, probe, OperatingSystem.IsWindows() ? BuiltInLogRules() : []), null);
    }

    /// <summary>The log rules of the built-in plugins: trusted by their location, as in wutk itself.</summary>
    private List<ILogRuleFactory> BuiltInLogRules()
    {
        var folder = new PluginFolder(Path.GetFullPath(Path.Combine(environment.BaseDirectory, "plugins")), PluginOrigin.BuiltIn);
        return new PluginLoader(loggerFactory).LoadAll([folder]).LogRules.Cast<ILogRuleFactory>().ToList();
    }

    private void Release()
    {
        if (_machine is not null)
        {
            LiveMachine.Release(_machine);
            _machine = null;
        }
    }

    public void Dispose()
    {
        Release();
        _gate.Dispose();
    }
}
