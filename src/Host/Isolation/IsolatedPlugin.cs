using System.ComponentModel;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// A plugin that runs in processes of its own. Its checks share one process; when that process ends while checks run
/// in it (a crash, an exit, a flood), each of them runs again alone in a new process, so that the one that ends its
/// process is the one whose row says so, and every other check still gives its own result.
/// </summary>
internal sealed class IsolatedPlugin(PluginCandidate candidate, string loadFrom, IsolationSession session) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<PluginProcess> _processes = [];
    private Task<PluginProcess>? _shared;

    public string Name => candidate.Name;

    /// <summary>Starts the plugin's first process and reads what it exports.</summary>
    public async Task<IsolatedLoad> LoadAsync()
    {
        PluginProcess process;
        try
        {
            process = Start();
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException)
        {
            return new IsolatedLoad(null, [Refused(IsolationStrings.FormatCannotStart(candidate.Name, ex.Message))]);
        }

        ListedMessage listed;
        try
        {
            listed = await process.HelloAsync(Hello(), session.Limits.StartTimeout).ConfigureAwait(false);
        }
        catch (PluginProcessEndedException ended)
        {
            return new IsolatedLoad(null, [Refused(IsolationStrings.FormatLoadEnded(ended.Message))]);
        }

        var problems = (listed.Problems ?? [])
            .Select(problem => new PluginProblem(candidate.Name, candidate.AssemblyPath, problem.Message, problem.Refused))
            .ToList();
        if (listed.Plugin is null)
        {
            if (!problems.Any(problem => problem.PluginRefused))
            {
                problems.Add(Refused(IsolationStrings.FormatNothingListed(candidate.Name)));
            }

            return new IsolatedLoad(null, problems);
        }

        if (listed.Plugin.LogRules is { Count: > 0 } rules)
        {
            problems.Add(new PluginProblem(candidate.Name, candidate.AssemblyPath, IsolationStrings.FormatLogRulesStayIsolated(candidate.Name, rules.Count), PluginRefused: false));
        }

        lock (_gate)
        {
            _shared = Task.FromResult(process);
        }

        var plugin = ListingTranslation.FromListing(listed.Plugin, candidate, id => new IsolatedCheck(this, id), id => new IsolatedFix(candidate.Name, id));
        return new IsolatedLoad(plugin with { Name = candidate.Name }, problems);
    }

    /// <summary>Runs one check in the plugin's process and gives its result as the check would have.</summary>
    public async Task<CheckResult?> RunAsync(string check, CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ResultMessage reply;
        var shared = await SharedAsync().ConfigureAwait(false);
        try
        {
            reply = await shared.RunAsync(id => Request(id, check, context), context.ErrorCodes, cancellationToken).ConfigureAwait(false);
        }
        catch (PluginProcessEndedException) when (!cancellationToken.IsCancellationRequested)
        {
            // Other checks may have been running in that process: this one runs again alone, to tell which one ended it.
            var alone = await StartAndGreetAsync().ConfigureAwait(false);
            await using (alone.ConfigureAwait(false))
            {
                reply = await alone.RunAsync(id => Request(id, check, context), context.ErrorCodes, cancellationToken).ConfigureAwait(false);
            }
        }

        return Translate(reply);
    }

    private RunMessage Request(int id, string check, CheckContext context) => new(
        id,
        check,
        StatusText.ForJson(context.Scenario),
        context.Deep,
        context.Settings is KeyValueSettings given ? given.Values : new Dictionary<string, string>(),
        session.Machine);

    /// <summary>What the check gave, or the exception it ended with, rebuilt here so that the run reports it exactly as
    /// it reports a check that runs in wutk itself.</summary>
    private static CheckResult? Translate(ResultMessage reply)
    {
        if (reply.Failure is { } failure)
        {
            throw failure.Kind switch
            {
                FailureData.Unanswered => new QuestionUnansweredException(failure.Question ?? "?", failure.Reason ?? failure.Message),
                FailureData.InvalidSetting => new InvalidSettingException(failure.Key ?? "?", failure.Value ?? "", failure.Expected ?? "?"),
                FailureData.Cancelled => new OperationCanceledException(failure.Message),
                FailureData.Machine => new IsolatedCheckException(IsolationStrings.FormatMachineFailed(failure.Message)),
                _ => new IsolatedCheckException(Strings.FormatCheckCrashed(failure.ExceptionType ?? "Exception", failure.Message)),
            };
        }

        if (reply.Result is not { } result)
        {
            return null;
        }

        // An unknown status stays unknown, so that the run calls the result invalid.
        return new CheckResult
        {
            Status = Enum.TryParse<CheckStatus>(result.Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : (CheckStatus)(-1),
            Summary = result.Summary ?? "",
            Evidence = (result.Evidence ?? []).Select(item => new Evidence(item.Key ?? "", item.Value ?? "")).ToList(),
            FixIds = result.Fixes ?? [],
        };
    }

    private Task<PluginProcess> SharedAsync()
    {
        lock (_gate)
        {
            if (_shared is null || (_shared.IsCompletedSuccessfully && _shared.Result.HasEnded) || _shared.IsFaulted)
            {
                _shared = StartAndGreetAsync();
            }

            return _shared;
        }
    }

    /// <summary>A new process with the plugin loaded in it.</summary>
    /// <exception cref="PluginProcessEndedException">It could not start, or ended while loading.</exception>
    private async Task<PluginProcess> StartAndGreetAsync()
    {
        PluginProcess process;
        try
        {
            process = Start();
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException)
        {
            throw new PluginProcessEndedException(IsolationStrings.FormatCannotStart(candidate.Name, ex.Message), ex);
        }

        var listed = await process.HelloAsync(Hello(), session.Limits.StartTimeout).ConfigureAwait(false);
        return listed.Plugin is not null ? process : throw new PluginProcessEndedException(IsolationStrings.FormatNothingListed(candidate.Name));
    }

    private PluginProcess Start()
    {
        var process = session.StartProcess(candidate.Name);
        lock (_gate)
        {
            _processes.Add(process);
        }

        return process;
    }

    private HelloMessage Hello() => new(
        IsolationProtocol.Version,
        new PluginToLoad(candidate.Name, loadFrom, candidate.Folder.Path, candidate.Folder.Origin.ToString(), candidate.IsLooseFile));

    private PluginProblem Refused(string message) => new(candidate.Name, candidate.AssemblyPath, message, PluginRefused: true);

    public async ValueTask DisposeAsync()
    {
        List<PluginProcess> processes;
        lock (_gate)
        {
            processes = [.. _processes];
            _processes.Clear();
        }

        await Task.WhenAll(processes.Select(process => process.DisposeAsync().AsTask())).ConfigureAwait(false);
    }
}
