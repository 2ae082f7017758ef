using Spectre.Console;
using Spectre.Console.Rendering;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Plugins.Trust;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Output;

/// <summary><c>wutk plugins</c> for people: one row a plugin, loaded or refused, with where it came from, how far it
/// is trusted, and under its path the SHA-256 and signature of its DLL.</summary>
public sealed partial class TableOutputFormatter
{
    public Task WritePluginsAsync(PluginCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var table = NewTable(Strings.ColumnStatus, Strings.ColumnPlugin, Strings.ColumnVersion, TrustStrings.ColumnOrigin, TrustStrings.ColumnTrust, TrustStrings.ColumnFile);
        foreach (var plugin in catalog.Plugins)
        {
            var entry = catalog.Entries.FirstOrDefault(entry => ReferenceEquals(entry.Plugin, plugin));
            var partial = catalog.Problems.Any(p => p.AssemblyPath == plugin.Source.AssemblyPath);
            table.AddRow(
                Status(partial ? CheckStatus.Warn : CheckStatus.Pass),
                Described(plugin.Name, Strings.FormatPluginContents(plugin.Checks.Count, plugin.Fixes.Count, plugin.ErrorCatalogs.Count, plugin.LogRules.Count)),
                Plain(plugin.SdkVersion is { } sdk ? Strings.FormatPluginVersionWithSdk(plugin.Version, sdk.ToString(2)) : plugin.Version),
                Plain(OriginText(plugin.Source.Folder.Origin)),
                Plain(entry is null ? "-" : TrustText(entry)),
                FileCell(plugin.Source.AssemblyPath, entry));
        }

        var refused = catalog.Entries.Where(entry => entry.State == PluginLoadState.Refused).ToList();
        foreach (var entry in refused)
        {
            var version = entry.Version is null ? "-"
                : entry.SdkVersion is { } sdk ? Strings.FormatPluginVersionWithSdk(entry.Version, sdk.ToString(2)) : entry.Version;
            table.AddRow(
                Status(CheckStatus.Error), Described(entry.Candidate.Name, entry.Problem), Plain(version), Plain(OriginText(entry.Candidate.Folder.Origin)),
                Plain(TrustText(entry)), FileCell(entry.Candidate.AssemblyPath, entry));
        }

        // Problems that belong to no plugin found (an unreadable folder, a misnamed one) are refusals too.
        foreach (var problem in catalog.Problems.Where(p => p.PluginRefused && !refused.Any(entry => entry.Candidate.AssemblyPath == p.AssemblyPath)))
        {
            table.AddRow(Status(CheckStatus.Error), Described(problem.Plugin, problem.Message), new Text("-"), new Text("-"), new Text("-"), Plain(problem.AssemblyPath));
        }

        _console.Write(table);
        foreach (var problem in catalog.Problems.Where(p => !p.PluginRefused))
        {
            Line(MessageLine.Warning(problem.Message));
        }

        Line(Strings.FormatPluginsSummary(catalog.Plugins.Count, catalog.Problems.Count(p => p.PluginRefused)));
        if (catalog.Entries.Count > 0 && catalog.Entries.All(entry => entry.Signature.State == SignatureState.NotChecked))
        {
            Line(TrustStrings.SignaturesNotChecked);
        }
        return Task.CompletedTask;
    }

    private static string OriginText(PluginOrigin origin) => origin switch
    {
        PluginOrigin.BuiltIn => TrustStrings.OriginBuiltIn,
        PluginOrigin.Machine => TrustStrings.OriginMachine,
        PluginOrigin.User => TrustStrings.OriginUser,
        PluginOrigin.Environment => TrustStrings.OriginEnvironment,
        _ => TrustStrings.OriginCommandLine,
    };

    private static string TrustText(PluginEntry entry)
    {
        var trust = TrustMessages.Describe(entry.Trust);
        return entry.Isolated ? TrustStrings.FormatTrustIsolated(trust) : trust;
    }

    /// <summary>The DLL's path, and under it its SHA-256 and signature when they were read.</summary>
    private static IRenderable FileCell(string path, PluginEntry? entry)
    {
        if (entry is null)
        {
            return Plain(path);
        }

        var lines = new List<IRenderable> { Plain(path) };
        if (entry.Sha256 is { } sha256)
        {
            lines.Add(Plain(TrustStrings.FormatSha256Line(sha256)));
        }

        if (entry.Signature.State != SignatureState.NotChecked)
        {
            lines.Add(Plain(entry.Signature.State switch
            {
                SignatureState.NotSigned => TrustStrings.SignatureNotSigned,
                SignatureState.Valid => TrustStrings.FormatSignatureValid(entry.Signature.Signer ?? "?"),
                _ => TrustStrings.FormatSignatureInvalid(entry.Signature.Signer ?? "?"),
            }));
        }

        return new Rows(lines);
    }

    /// <summary>A name with a dimmed line under it (what the plugin holds, or why it did not load).</summary>
    private static IRenderable Described(string name, string? detail) =>
        string.IsNullOrEmpty(detail) ? Plain(name) : new Rows(Plain(name), new Markup($"[dim]{Markup.Escape(TerminalText.Escape(detail))}[/]"));
}
