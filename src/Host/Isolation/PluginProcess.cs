using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// One isolated plugin's process, seen from wutk: it is started, told which plugin to load, and asked to run checks;
/// it answers over its standard output. Whatever it does (ends, crashes, breaks the protocol, floods it) ends every run
/// waiting in it with a <see cref="PluginProcessEndedException"/> that says what happened, and never more than that:
/// a message too long or not a message ends the process at once.
/// </summary>
internal sealed class PluginProcess : IAsyncDisposable
{
    private readonly string _plugin;
    private readonly Process _process;
    private readonly MessageChannel _channel;
    private readonly ChildErrorLog _errors;
    private readonly Task _pumpingErrors;
    private readonly Task _reading;
    private readonly ConcurrentDictionary<int, PendingRun> _runs = new();
    private readonly TaskCompletionSource<ListedMessage> _listed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<PluginProcessEndedException> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextRun;
    private volatile bool _leaving;

    private sealed record PendingRun(TaskCompletionSource<ResultMessage> Reply, IErrorCodeLookup Codes);

    private PluginProcess(string plugin, Process process, IsolationLimits limits, TextWriter error, Lock writing)
    {
        _plugin = plugin;
        _process = process;
        _channel = new MessageChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, limits.MaxMessageBytes);
        _errors = new ChildErrorLog(plugin, error, writing, limits);
        _pumpingErrors = Task.Run(() => _errors.PumpAsync(process.StandardError.BaseStream));
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Whether the process ended (or was ended); a new one is needed for more runs.</summary>
    public bool HasEnded => _ended.Task.IsCompleted;

    /// <summary>Starts the process.</summary>
    /// <exception cref="Win32Exception">The program cannot be started.</exception>
    public static PluginProcess Start(string plugin, ChildCommand command, IReadOnlyList<string> extraArguments, IsolationLimits limits, TextWriter error, Lock writing)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(limits);
        var start = new ProcessStartInfo(command.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in command.Arguments.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The plugin meets an out-of-memory error in its own heap; and a crash leaves no dump behind.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        var process = Process.Start(start) ?? throw new Win32Exception(IsolationStrings.ProcessNotStarted);
        return new PluginProcess(plugin, process, limits, error, writing);
    }

    /// <summary>Tells the process which plugin to load and waits for what it exports.</summary>
    /// <exception cref="PluginProcessEndedException">It ended, or did not answer in time.</exception>
    public async Task<ListedMessage> HelloAsync(HelloMessage hello, TimeSpan timeout)
    {
        await SendOrEndAsync(hello, CancellationToken.None).ConfigureAwait(false);
        try
        {
            return await _listed.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new PluginProcessEndedException(IsolationStrings.FormatStartTimedOut(_plugin, timeout.TotalSeconds));
        }
    }

    /// <summary>Runs one check; <paramref name="codes"/> answers the error-code questions it asks meanwhile.</summary>
    /// <exception cref="PluginProcessEndedException">The process ended before it answered.</exception>
    public async Task<ResultMessage> RunAsync(Func<int, RunMessage> request, IErrorCodeLookup codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Interlocked.Increment(ref _nextRun);
        var pending = new PendingRun(new TaskCompletionSource<ResultMessage>(TaskCreationOptions.RunContinuationsAsynchronously), codes);
        _runs[id] = pending;
        if (_ended.Task.IsCompleted && _runs.TryRemove(id, out _))
        {
            throw await _ended.Task.ConfigureAwait(false);
        }

        await using var cancelled = cancellationToken.Register(() =>
        {
            if (_runs.TryRemove(id, out var run))
            {
                run.Reply.TrySetCanceled(cancellationToken);
                _ = SendQuietlyAsync(new CancelMessage(id));
            }
        }).ConfigureAwait(false);
        await SendOrEndAsync(request(id), cancellationToken).ConfigureAwait(false);
        return await pending.Reply.Task.ConfigureAwait(false);
    }

    private async Task SendOrEndAsync(ProtocolMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // Its standard input is closed: it ended, and the reading side says how.
            throw await _ended.Task.ConfigureAwait(false);
        }
    }

    private async Task SendQuietlyAsync(ProtocolMessage message)
    {
        try
        {
            await _channel.SendAsync(message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }
    }

    private async Task ReadAsync()
    {
        string? breach = null;
        try
        {
            while (await _channel.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } message)
            {
                switch (message)
                {
                    case ListedMessage listed:
                        _listed.TrySetResult(listed);
                        break;
                    case ResultMessage result when _runs.TryRemove(result.Id, out var run):
                        run.Reply.TrySetResult(result);
                        break;
                    case FindCodeMessage find:
                        _ = AnswerAsync(find);
                        break;
                    default:
                        // A message of a later protocol, or a result nobody waits for any more.
                        break;
                }
            }
        }
        catch (LineTooLongException ex)
        {
            breach = IsolationStrings.FormatFlooded(_plugin, ex.Limit);
        }
        catch (ProtocolBreachException)
        {
            breach = IsolationStrings.FormatBrokeProtocol(_plugin);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }

        await EndAsync(breach).ConfigureAwait(false);
    }

    private async Task AnswerAsync(FindCodeMessage find)
    {
        ErrorCodeData? entry = null;
        if (_runs.TryGetValue(find.Run, out var run))
        {
            try
            {
                entry = run.Codes.Find(find.Code) is { } code
                    ? new ErrorCodeData(code.Code, code.Name, code.Meaning, code.Causes, code.CheckIds, code.FixIds)
                    : null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A catalog that fails answers nothing, as it would in wutk itself.
            }
        }

        await SendQuietlyAsync(new CodeMessage(find.Id, entry)).ConfigureAwait(false);
    }

    /// <summary>Works out how the process ended and fails everything still waiting on it with that.</summary>
    private async Task EndAsync(string? breach)
    {
        if (breach is not null)
        {
            Kill();
        }

        if (!await ExitedAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false))
        {
            Kill();
            await ExitedAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }

        // The runtime's last words come on standard error, which may still be on its way.
        await Task.WhenAny(_pumpingErrors, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
        var summary = breach ?? Describe();
        var ended = new PluginProcessEndedException(summary);
        _ended.TrySetResult(ended);
        _listed.TrySetException(ended);
        foreach (var id in _runs.Keys)
        {
            if (_runs.TryRemove(id, out var run))
            {
                run.Reply.TrySetException(ended);
            }
        }
    }

    private string Describe()
    {
        if (_leaving)
        {
            return IsolationStrings.FormatProcessLeft(_plugin);
        }

        var how = _process.HasExited ? ExitDescription.Of(_process.ExitCode) : IsolationStrings.ExitUnknown;
        return _errors.LastWords is { } words
            ? IsolationStrings.FormatProcessEndedSaying(_plugin, how, words)
            : IsolationStrings.FormatProcessEnded(_plugin, how);
    }

    private async Task<bool> ExitedAsync(TimeSpan wait)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(wait).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Asks the process to end, and ends it when it does not within a moment.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!HasEnded)
        {
            _leaving = true;
            await SendQuietlyAsync(new ByeMessage()).ConfigureAwait(false);
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
            }

            if (!await ExitedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false))
            {
                Kill();
            }
        }

        await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);
        _process.Dispose();
        _channel.Dispose();
    }
}
