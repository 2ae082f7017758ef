using System.CommandLine;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Cli;

/// <summary><c>wutk plugins</c>: which plugins loaded from where, how far each is trusted, and what is wrong with those
/// that did not; with <c>trust</c>, <c>untrust</c> and <c>isolate</c> an administrator decides about one
/// (see <see cref="PluginDecisionCommands"/>).</summary>
public static class PluginsCommand
{
    public static Command Create(CommonOptions options, HostEnvironment environment)
    {
        var command = new Command("plugins", Strings.CommandPlugins) { options.Isolate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = HostSession.Open(parse, options, environment);
            var catalog = session.LoadPlugins();
            catalog = catalog with { Entries = catalog.Entries.Select(Described).ToList() };
            await session.CreateFormatter().WritePluginsAsync(catalog, cancellationToken).ConfigureAwait(false);
            return catalog.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
        });
        foreach (var decision in PluginDecisionCommands.Create(options, environment))
        {
            command.Subcommands.Add(decision);
        }

        return command;
    }

    /// <summary>The entry with its DLL's SHA-256 and signature, read now (the DLL may be gone, or unreadable: then none).</summary>
    private static PluginEntry Described(PluginEntry entry)
    {
        string? sha256 = entry.Trust.Sha256;
        try
        {
            sha256 ??= PluginFiles.Sha256Of(entry.Candidate.AssemblyPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return entry with { Sha256 = sha256, Signature = AuthenticodeReader.Read(entry.Candidate.AssemblyPath) };
    }
}
