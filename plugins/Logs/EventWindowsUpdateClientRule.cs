using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The WindowsUpdateClient/Operational events that mean an update did not arrive: 20 (installation failure:
/// "Windows failed to install the following update with error 0x80070643: … KB2267602 …"), 25 and 31 (the
/// search or the download failed: "Windows Update failed to check for updates with error 0x8024402C.") and 16
/// (unable to connect to the automatic updates service). Each is a Failure with the code and the KB the message
/// names. The event reader gives each event as one entry: the provider as component, the level, and
/// "EventID=NN: message" as text.
/// </summary>
[ExportLogRule(Id, "WindowsUpdateClient events: failed installs, downloads and searches", LogKind.EventLog)]
public sealed class EventWindowsUpdateClientRule : ILogRule
{
    public const string Id = "events.windows-update-client";

    private const string EventId = "EventID=";

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        var text = entry.Text.AsSpan().TrimStart();
        if (!entry.Component.Contains("WindowsUpdateClient", StringComparison.OrdinalIgnoreCase) ||
            !text.StartsWith(EventId, StringComparison.Ordinal))
        {
            return;
        }

        var colon = text.IndexOf(':');
        if (colon < 0 || !int.TryParse(text[EventId.Length..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return;
        }

        var message = text[(colon + 1)..];
        uint? code = (HResult.TryFindAfter(message, "error ", out var found) || HResult.TryFindAfter(message, "error: ", out found)) &&
                     HResult.IsFailure(found) ? found : null;
        var hex = code is { } value ? HResult.Format(value) : Strings.NoCode;
        var update = Words.KbArticle(message) ?? Title(message);
        var summary = id switch
        {
            20 => Strings.FormatEventInstallFailed(update ?? Strings.AnUpdate, hex),
            25 or 31 when message.Contains("check for updates", StringComparison.OrdinalIgnoreCase) => Strings.FormatEventSearchFailed(hex),
            25 or 31 => Strings.FormatEventDownloadFailed(update ?? Strings.AnUpdate, hex),
            16 => Strings.EventUnableToConnect,
            _ => null,
        };

        if (summary is null)
        {
            return;
        }

        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, entry, code, update);

        // Unable to connect has no code of its own, but its causes are the network checks' business.
        findings.Add(id == 16 ? finding with { CheckIds = [CodeHints.NetworkEndpoints, CodeHints.NetworkProxy] } : finding);
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>The update's title after "the following update with error 0x…: ", when no KB is named.</summary>
    private static string? Title(ReadOnlySpan<char> message)
    {
        var at = message.IndexOf("error 0x", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = message[at..];
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var title = Words.FirstLine(rest[(colon + 2)..]).Trim().TrimEnd('.');
        return title.IsEmpty ? null : title.ToString();
    }
}
