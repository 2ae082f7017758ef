using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Running;

/// <summary>
/// Runs checks concurrently, each with its own time limit. Whatever a check does (throws, hangs, blocks a
/// thread, returns nonsense) it becomes exactly one row and the rest of the run goes on.
/// </summary>
public sealed class CheckRunner(IMachine machine, ISettings settings, ILoggerFactory loggerFactory, RunOptions options)
{
    public Task<IReadOnlyList<CheckOutcome>> RunAsync(IReadOnlyList<CheckDescriptor> checks, CancellationToken cancellationToken) =>
        RunAsync(checks, progress: null, cancellationToken);

    /// <summary>Runs every check; <paramref name="progress"/> hears at the start and after each check ends, one report at
    /// a time and in order, from whichever thread ran the check.</summary>
    public async Task<IReadOnlyList<CheckOutcome>> RunAsync(
        IReadOnlyList<CheckDescriptor> checks, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var outcomes = new CheckOutcome[checks.Count];
        var running = new SortedSet<int>();
        var done = 0;
        var gate = new Lock();
        progress?.Report(new RunProgress(0, checks.Count, checks.Count > 0 ? checks[0].Id : null));
        await Parallel.ForEachAsync(
            Enumerable.Range(0, checks.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                lock (gate)
                {
                    running.Add(index);
                }

                outcomes[index] = await RunOneAsync(checks[index], token).ConfigureAwait(false);
                lock (gate)
                {
                    running.Remove(index);
                    done++;
                    progress?.Report(new RunProgress(done, checks.Count, running.Count > 0 ? checks[running.Min].Id : null));
                }
            })
            .ConfigureAwait(false);
        return outcomes;
    }

    public async Task<CheckOutcome> RunOneAsync(CheckDescriptor check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var clock = Stopwatch.StartNew();

        // Decided from metadata alone: a deep check is not even created unless deep checks were asked for.
        if (check.Metadata.Deep && !options.Deep)
        {
            return Row(check, CheckStatus.Skipped, Strings.SkippedDeep, clock.Elapsed);
        }

        var context = new CheckContext
        {
            Machine = machine,
            Settings = settings,
            Scenario = options.Scenario,
            Deep = options.Deep,
            Logger = loggerFactory.CreateLogger("wutk.check." + check.Id),
        };
        if (options.ErrorCodes is { } codes)
        {
            context = context with { ErrorCodes = codes };
        }

        var timeout = options.TimeoutFor(check.Metadata);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // Task.Run: a check that blocks its thread instead of awaiting still cannot hold up the run.
            var running = Task.Run(() => check.Create().RunAsync(context, limit.Token), limit.Token);
            var result = await running.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return Validate(check, result, clock.Elapsed);
        }
        catch (QuestionUnansweredException unanswered)
        {
            return Row(check, CheckStatus.Skipped, Strings.FormatSkippedUnanswered(unanswered.Reason, unanswered.Question), clock.Elapsed);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Row(check, CheckStatus.Error, Strings.FormatCheckTimedOut(timeout.TotalSeconds), clock.Elapsed);
        }
        catch (InvalidSettingException bad)
        {
            return Row(check, CheckStatus.Error, Strings.FormatCheckBadSetting(bad.Key, bad.Value, bad.Expected), clock.Elapsed);
        }
        catch (Isolation.IsolatedCheckException isolated)
        {
            // A check of an isolated plugin: its process already worded what happened (it ended, or the check threw).
            return Row(check, CheckStatus.Error, isolated.Message, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var inner = ex is AggregateException { InnerException: { } first } ? first : ex;
            return Row(check, CheckStatus.Error, Strings.FormatCheckCrashed(inner.GetType().Name, inner.Message.ReplaceLineEndings(" ")), clock.Elapsed);
        }
    }

    private static CheckOutcome Validate(CheckDescriptor check, CheckResult? result, TimeSpan elapsed)
    {
        if (result is null || !Enum.IsDefined(result.Status) || string.IsNullOrWhiteSpace(result.Summary))
        {
            return Row(check, CheckStatus.Error, Strings.CheckInvalidResult, elapsed);
        }

        return new CheckOutcome(
            check.Id, check.Plugin, check.Metadata.Title, result.Status,
            ResultBounds.Summary(result.Summary), ResultBounds.Evidence(result.Evidence), ResultBounds.Fixes(result.FixIds), elapsed);
    }

    private static CheckOutcome Row(CheckDescriptor check, CheckStatus status, string summary, TimeSpan elapsed) =>
        new(check.Id, check.Plugin, check.Metadata.Title, status, ResultBounds.Summary(summary), [], [], elapsed);
}
