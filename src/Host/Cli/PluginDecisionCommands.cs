using System.CommandLine;
using Microsoft.Extensions.Logging;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.IO;
using WuToolkit.Host.Output;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary>
/// <c>wutk plugins trust|untrust|isolate NAME</c>: what an administrator decides about one plugin, recorded in the
/// machine-wide configuration. Nothing of the plugin runs: trusting it reads its files and records their SHA-256.
/// Each needs an elevated wutk, since only administrators may change that file; otherwise the command ends with 73
/// (the configuration cannot be written) and says how to run it. A configuration file that cannot be read as one is
/// left alone (65).
/// </summary>
public static class PluginDecisionCommands
{
    public static IEnumerable<Command> Create(CommonOptions options, HostEnvironment environment)
    {
        yield return Decision("trust", TrustStrings.CommandTrust, options, environment, extra: null, TrustAsync);
        yield return Decision("untrust", TrustStrings.CommandUntrust, options, environment, extra: null, UntrustAsync);
        var off = new Option<bool>("--off") { Description = TrustStrings.OptionIsolateOff };
        yield return Decision("isolate", TrustStrings.CommandIsolate, options, environment, off, (context, candidate) => IsolateAsync(context, candidate, off));
    }

    /// <summary>What a decision works with: the session, the parse result, the configuration file and what it holds.</summary>
    private sealed record Context(HostSession Session, ParseResult Parse, string File, MachineConfiguration Configuration, CancellationToken Cancellation);

    private static Command Decision(
        string name,
        string description,
        CommonOptions options,
        HostEnvironment environment,
        Option<bool>? extra,
        Func<Context, PluginCandidate, Task<int>> decide)
    {
        var plugin = new Argument<string>("plugin") { Description = TrustStrings.ArgumentPlugin };
        var command = new Command(name, description) { plugin };
        if (extra is not null)
        {
            command.Options.Add(extra);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            if (!environment.IsElevated || environment.MachineConfigurationFile is not { } file)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(TrustStrings.FormatDecisionNeedsElevation(name))).ConfigureAwait(false);
                return ExitCodes.CannotCreate;
            }

            var wanted = parse.GetValue(plugin)!;
            var problems = new List<PluginProblem>();
            var candidate = new PluginDiscovery(session.LoggerFactory.CreateLogger<PluginDiscovery>())
                .Find(session.PluginFolders, problems)
                .FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase) && IsPlugin(c));
            if (candidate is null)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(TrustStrings.FormatNoSuchPlugin(wanted))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (candidate.Folder.Origin == PluginOrigin.BuiltIn)
            {
                await session.Output.WriteLineAsync(TerminalText.Escape(TrustStrings.FormatBuiltInNeedsNothing(candidate.Name))).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var readable = MachineConfigurationFile.TryRead(file, out var configuration, out var warnings);
            foreach (var warning in warnings)
            {
                await session.Error.WriteLineAsync(MessageLine.Warning(warning)).ConfigureAwait(false);
            }

            // A file that is no configuration is not replaced by one that would forget what it held.
            if (!readable)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(TrustStrings.FormatConfigurationNotReplaced(file))).ConfigureAwait(false);
                return ExitCodes.DataError;
            }

            try
            {
                return await decide(new Context(session, parse, file, configuration, cancellationToken), candidate).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnsafeOutputException)
            {
                await session.Error.WriteLineAsync(MessageLine.Error(TrustStrings.FormatConfigurationNotWritten(file, ex.Message.ReplaceLineEndings(" ")))).ConfigureAwait(false);
                return ExitCodes.CannotCreate;
            }
        });
        return command;
    }

    private static bool IsPlugin(PluginCandidate candidate)
    {
        try
        {
            return AssemblyInspection.Read(candidate.AssemblyPath, typeof(ICheck).Assembly.GetName().Name!).AbstractionsReference is not null;
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<int> TrustAsync(Context context, PluginCandidate candidate)
    {
        var pin = PluginFiles.Fingerprint(candidate) with { TrustedUtc = DateTimeOffset.UtcNow };
        await SaveAsync(context, context.Configuration.With(candidate.Name, plugin => plugin with { Pin = pin })).ConfigureAwait(false);
        var line = TrustStrings.FormatTrusted(candidate.Name, pin.Sha256, pin.Files.Count, candidate.AssemblyPath);
        if (FileLocation.Judge(candidate.AssemblyPath).AdministratorsOnly)
        {
            line += " " + TrustStrings.TrustedWhereOnlyAdministratorsWrite;
        }

        await context.Session.Output.WriteLineAsync(TerminalText.Escape(line)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> UntrustAsync(Context context, PluginCandidate candidate)
    {
        if (context.Configuration.For(candidate.Name).Pin is null)
        {
            await context.Session.Output.WriteLineAsync(TerminalText.Escape(TrustStrings.FormatNotTrusted(candidate.Name))).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        await SaveAsync(context, context.Configuration.With(candidate.Name, plugin => plugin with { Pin = null })).ConfigureAwait(false);
        await context.Session.Output.WriteLineAsync(TerminalText.Escape(TrustStrings.FormatUntrusted(candidate.Name))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> IsolateAsync(Context context, PluginCandidate candidate, Option<bool> off)
    {
        var isolate = !context.Parse.GetValue(off);
        await SaveAsync(context, context.Configuration.With(candidate.Name, plugin => plugin with { Isolate = isolate })).ConfigureAwait(false);
        await context.Session.Output.WriteLineAsync(TerminalText.Escape(isolate
            ? TrustStrings.FormatIsolated(candidate.Name)
            : TrustStrings.FormatNotIsolated(candidate.Name))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task SaveAsync(Context context, MachineConfiguration configuration)
    {
        ConfigurationFolder.Prepare(context.File);
        await MachineConfigurationFile.WriteAsync(context.File, configuration, context.Cancellation).ConfigureAwait(false);
    }
}
