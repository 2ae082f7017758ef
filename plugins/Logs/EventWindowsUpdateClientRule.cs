using System.Globalization;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The WindowsUpdateClient/Operational events that mean an update did not arrive: 20 (installation failure:
/// "Windows failed to install the following update with error 0x80070643: … KB2267602 …"), 25 and 31 (the
/// search or the download failed: "Windows Update failed to check for updates with error 0x8024402C.") and 16
/// (unable to connect to the automatic updates service). Each is a Failure with the code and the KB the message
/// names. The event's id and provider come from the entry (an export, or the event log through the machine); the
/// code and the update from its message, or from its data (<c>errorCode</c>, <c>updateTitle</c>) when the message
/// does not name them (an export without rendered messages). Event 16's data carries the last connection error,
/// which is not given as the event's code: unable to connect is reported without one, as its message says it.
/// </summary>
[ExportLogRule(Id, "WindowsUpdateClient events: failed installs, downloads and searches", LogKind.EventLog)]
public sealed class EventWindowsUpdateClientRule : ILogRule
{
    public const string Id = "events.windows-update-client";

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (entry.EventId is not (20 or 25 or 31 or 16) || entry.Provider?.Contains("WindowsUpdateClient", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        // The text is "EventID=NN: message"; the words looked for below never occur in its prefix.
        var id = entry.EventId.Value;
        var message = entry.Text.AsSpan();
        var code = Code(message) ?? (id == 16 ? null : Code(entry.Field("errorCode")));
        var hex = code is { } value ? HResult.Format(value) : Strings.NoCode;
        var title = entry.Field("updateTitle");
        var update = Words.KbArticle(message) ?? Title(message) ?? (title is null ? null : Words.KbArticle(title) ?? Clean(title));
        var summary = id switch
        {
            20 => Strings.FormatEventInstallFailed(update ?? Strings.AnUpdate, hex),
            25 or 31 when message.Contains("check for updates", StringComparison.OrdinalIgnoreCase) => Strings.FormatEventSearchFailed(hex),
            25 or 31 => Strings.FormatEventDownloadFailed(update ?? Strings.AnUpdate, hex),
            _ => Strings.EventUnableToConnect,
        };

        var finding = Findings.Of(FindingSeverity.Failure, Id, summary, entry, code, update);

        // Unable to connect has no code of its own, but its causes are the network checks' business.
        findings.Add(id == 16 ? finding with { CheckIds = [CodeHints.NetworkEndpoints, CodeHints.NetworkProxy] } : finding);
    }

    public void Complete(IFindingSink findings)
    {
    }

    /// <summary>The failure code a message names after "error" (エラー in a Japanese Windows' message), else the first
    /// 0x code in a message of another wording; or an <c>errorCode</c> value such as <c>0x80070643</c>.</summary>
    private static uint? Code(ReadOnlySpan<char> text) =>
        (HResult.TryFindAfter(text, "error ", out var found) || HResult.TryFindAfter(text, "error: ", out found) ||
         HResult.TryFindAfter(text, "エラー ", out found) || HResult.TryFindAfter(text, "エラー: ", out found) ||
         HResult.TryFindAfter(text, "0x", out found)) && HResult.IsFailure(found) ? found : null;

    private static uint? Code(string? value) =>
        value is not null && HResult.TryParseAt(value, out var found, out _) && HResult.IsFailure(found) ? found : null;

    private static string? Clean(string title)
    {
        var trimmed = title.AsSpan().Trim().TrimEnd('.');
        return trimmed.IsEmpty ? null : trimmed.ToString();
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
