using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Cli;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Isolation.Protocol;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// The isolated plugin's process (<c>wutk plugin-host</c>): loads the one plugin wutk names (trust was decided by wutk,
/// which gives a verified copy where needed), says what it exports, and runs its checks when asked, several at once.
/// It ends when wutk says <c>bye</c> or closes its end.
/// </summary>
internal sealed class PluginHost(Stream input, Stream output, HostEnvironment environment, ILoggerFactory loggerFactory, IsolationLimits limits) : IDisposable
{
    private readonly MessageChannel _channel = new(input, output, limits.MaxMessageBytes);
    private readonly ConcurrentDictionary<int, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<ErrorCodeData?>> _codes = new();
    private int _nextCode;

    /// <summary>Serves wutk until it leaves; the exit code: 0, or 2 when what came was not wutk speaking the protocol
    /// (someone typing at <c>wutk plugin-host</c>, say).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ServeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LineTooLongException or ProtocolBreachException)
        {
            return ExitCodes.Usage;
        }
    }

    private async Task<int> ServeAsync(CancellationToken cancellationToken)
    {
        if (await _channel.ReceiveAsync(cancellationToken).ConfigureAwait(false) is not HelloMessage hello || hello.Plugin is null)
        {
            return ExitCodes.Usage;
        }

        var problems = new List<ProblemData>();
        var plugin = Load(hello.Plugin, problems);
        var listing = plugin is null ? null : ListingTranslation.ToListing(plugin, problems);
        // The version both sides speak: the lower of the two (a later one adds message types the other passes over).
        var protocol = Math.Min(IsolationProtocol.Version, hello.Protocol);
        await _channel.SendAsync(new ListedMessage(protocol, HostSession.ToolVersion, listing, problems), cancellationToken).ConfigureAwait(false);
        if (plugin is null)
        {
            return ExitCodes.Ok;
        }

        using var machines = new ChildMachines(environment, loggerFactory);
        while (await _channel.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } message)
        {
            switch (message)
            {
                case RunMessage run:
                    var stop = new CancellationTokenSource();
                    _running[run.Id] = stop;
                    _ = Task.Run(() => RunOneAsync(plugin, run, machines, stop), CancellationToken.None);
                    break;
                case CancelMessage cancel when _running.TryRemove(cancel.Id, out var running):
                    await running.CancelAsync().ConfigureAwait(false);
                    break;
                case CodeMessage code when _codes.TryRemove(code.Id, out var waiting):
                    waiting.TrySetResult(code.Entry);
                    break;
                case ByeMessage:
                    return ExitCodes.Ok;
                default:
                    break;
            }
        }

        return ExitCodes.Ok;
    }

    public void Dispose() => _channel.Dispose();

    private LoadedPlugin? Load(PluginToLoad wanted, List<ProblemData> problems)
    {
        var origin = Enum.TryParse<PluginOrigin>(wanted.Origin, out var parsed) ? parsed : PluginOrigin.CommandLine;
        var candidate = new PluginCandidate(wanted.Name, wanted.Path, new PluginFolder(wanted.Folder, origin), wanted.LooseFile);
        var found = new List<PluginProblem>();
        var plugin = new PluginLoader(loggerFactory).LoadHere(candidate, Path.GetFullPath(wanted.Path), found);
        problems.AddRange(found.Select(problem => new ProblemData(problem.Message, problem.PluginRefused)));
        return plugin;
    }

    private async Task RunOneAsync(LoadedPlugin plugin, RunMessage run, ChildMachines machines, CancellationTokenSource stop)
    {
        using (stop)
        {
            var reply = await ResultOfAsync(plugin, run, machines, stop.Token).ConfigureAwait(false);
            _running.TryRemove(run.Id, out _);
            try
            {
                await _channel.SendAsync(reply, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // wutk went away: nobody to tell.
            }
        }
    }

    private async Task<ResultMessage> ResultOfAsync(LoadedPlugin plugin, RunMessage run, ChildMachines machines, CancellationToken cancellationToken)
    {
        if (plugin.Checks.FirstOrDefault(check => string.Equals(check.Id, run.Check, StringComparison.Ordinal)) is not { } check)
        {
            return Failed(run, FailureData.Exception, IsolationStrings.FormatNoSuchCheck(run.Check, plugin.Name), nameof(InvalidOperationException));
        }

        IMachine machine;
        try
        {
            machine = await machines.GetAsync(run.Machine, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            return Failed(run, FailureData.Machine, ex.Message);
        }

        var context = new CheckContext
        {
            Machine = machine,
            Settings = new KeyValueSettings(run.Settings ?? new Dictionary<string, string>()),
            Scenario = CommonOptions.ParseScenario(run.Scenario),
            Deep = run.Deep,
            Logger = loggerFactory.CreateLogger("wutk.check." + check.Id),
            ErrorCodes = new RemoteCodeLookup(_channel, _codes, () => Interlocked.Increment(ref _nextCode), run.Id),
        };

        try
        {
            // Task.Run: a check that blocks its thread still lets this process answer for the others.
            var result = await Task.Run(() => check.Create().RunAsync(context, cancellationToken), cancellationToken).ConfigureAwait(false);
            return new ResultMessage(run.Id, result is null ? null : Bounded(result), null);
        }
        catch (QuestionUnansweredException unanswered)
        {
            return new ResultMessage(run.Id, null, new FailureData(FailureData.Unanswered, unanswered.Reason) { Question = unanswered.Question, Reason = unanswered.Reason });
        }
        catch (InvalidSettingException bad)
        {
            return new ResultMessage(run.Id, null, new FailureData(FailureData.InvalidSetting, bad.Message) { Key = bad.Key, Value = bad.Value, Expected = bad.Expected });
        }
        catch (OperationCanceledException cancelled)
        {
            return Failed(run, FailureData.Cancelled, cancelled.Message);
        }
        catch (Exception ex)
        {
            var inner = ex is AggregateException { InnerException: { } first } ? first : ex;
            return Failed(run, FailureData.Exception, inner.Message.ReplaceLineEndings(" "), inner.GetType().Name);
        }
    }

    private static ResultMessage Failed(RunMessage run, string kind, string message, string? type = null) =>
        new(run.Id, null, new FailureData(kind, message) { ExceptionType = type });

    /// <summary>The result within wutk's bounds, so that no honest result comes near the message limit. When evidence is
    /// left out, the line that counts it takes the last place, so that wutk keeps the count as it is.</summary>
    private static ResultData Bounded(CheckResult result)
    {
        var evidence = (result.Evidence ?? []).Where(item => item is not null && item.Key is not null).ToList();
        var kept = evidence.Count <= ResultBounds.EvidenceItems
            ? ResultBounds.Evidence(evidence)
            : [.. ResultBounds.Evidence(evidence.Take(ResultBounds.EvidenceItems - 1).ToList()),
               new Evidence(ResultBounds.OmittedKey, Strings.FormatEvidenceOmitted(evidence.Count - ResultBounds.EvidenceItems + 1))];
        return new ResultData(
            result.Status.ToString(),
            result.Summary is null ? "" : ResultBounds.Summary(result.Summary),
            kept.Select(item => new EvidenceData(item.Key, item.Value)).ToList(),
            ResultBounds.Fixes(result.FixIds));
    }
}
