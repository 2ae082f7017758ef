using System.Buffers;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// Failures of the Windows Update agent, in both WindowsUpdate.log formats: <c>*FAILED* [8024402C]</c> lines of
/// the Get-WindowsUpdateLog format, and the classic agent's <c>WARNING: Send failed with hr = 80072ee2</c>,
/// <c>error = 0x8024000B</c> and <c>Exit code = 0x…</c>, plus the download manager's "BITS job … failed, … hr =
/// 0x8020002B" and "DO job … 403'd, … hr = 0x80190193". The agent writes one failure on several lines within
/// moments (the operation, the download, the callback); those lines are one finding, named after the first, with
/// the best subject any of them gives (the update id, else the URL, else the file). A failure that the agent
/// retries at once ("… (retrying with default proxy)") is a Warning: it is not the cause by itself.
/// Deliberately ignored: WIL source-location lines and "Method failed [Class::Method:line]" traces (they repeat a
/// failure logged already), 0x8024000C WU_E_NOOP ("DynamicDownloadDataFetcher Refresh complete"), the handler's
/// "got unexpected result" on exit, and driver installs, which the driver-install rule reports with the device.
/// </summary>
[ExportLogRule(Id, "Windows Update agent failures with their component and code", LogKind.WindowsUpdate, Markers = new[] { "*FAILED*", "Exit code = ", "WARNING:", "FATAL:", " failed, ", "403'd", "calls back to ", "error = " })]
public sealed class WuFailureRule : ILogRule
{
    public const string Id = "wu.failure";

    private const uint NoOperation = 0x8024000C;
    private const uint NotDownloaded = 0x80246007;
    private const uint HttpForbidden = 0x80190193;
    private const uint AgentForbidden = 0x80244018;

    /// <summary>The agent logs one failure's lines within moments of each other.</summary>
    private static readonly TimeSpan Together = TimeSpan.FromSeconds(5);

    /// <summary>Words without which a line reports no failure; <see cref="TryRead"/> reads the ones that do.</summary>
    private static readonly SearchValues<string> FailureWords = SearchValues.Create(
        ["*FAILED*", "Exit code = ", "WARNING:", "FATAL:", " failed, ", "403'd", "calls back to ", "error = "], StringComparison.Ordinal);

    /// <summary>Bounds on what is kept, for hostile input.</summary>
    private const int MaxKept = 256;

    private readonly HashSet<(uint, string?)> _reported = [];
    private readonly HashSet<uint> _reportedCodes = [];
    private readonly HashSet<uint> _owned = [];
    private readonly HashSet<uint> _transient = [];
    private readonly List<(uint Code, LogEntry Entry)> _callbacks = [];
    private Chain? _chain;
    private bool _notDownloadedSeen;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (entry.Component.Equals("WIL", StringComparison.Ordinal))
        {
            return;
        }

        // One vectorized pass tells the lines that may report a failure from the rest, which is nearly all of them.
        var text = Words.FirstLine(entry.Text.AsSpan());
        if (text.IndexOfAny(FailureWords) < 0)
        {
            return;
        }

        if (WuDriverInstall.IsDriverLine(entry.Component, text))
        {
            // The driver-install rule names the device; its codes (and the code the agent maps them to) are its own.
            foreach (var owned in WuDriverInstall.Codes(text))
            {
                if (_owned.Count < MaxKept)
                {
                    _owned.Add(Canonical(owned));
                }
            }

            Close(findings);
            return;
        }

        if (!TryRead(text, out var code, out var callback) || code == NoOperation ||
            text.Contains("got unexpected result", StringComparison.Ordinal))
        {
            return;
        }

        if (code == NotDownloaded && text.Contains("IsCommitRequired", StringComparison.Ordinal))
        {
            // Asked of every update before install; "not downloaded yet" is an answer, not a failure.
            if (!_notDownloadedSeen)
            {
                _notDownloadedSeen = true;
                findings.Add(Findings.Of(FindingSeverity.Warning, Id, Strings.FormatWuNotDownloaded(entry.Component, HResult.Format(code)), entry, code));
            }

            return;
        }

        if (_chain is { } chain && Canonical(chain.Code) == Canonical(code) && chain.IsNear(entry))
        {
            chain.Add(entry, text);
            return;
        }

        if (callback)
        {
            // "WU client calls back to download call {…} with code Call complete and error 0x80d05001" repeats a
            // failure the download manager names better; it is kept only in case nothing else named it.
            if (_callbacks.Count < MaxKept)
            {
                _callbacks.Add((code, entry));
            }

            return;
        }

        Close(findings);
        _chain = new Chain(code, entry, text);
    }

    public void Complete(IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Close(findings);
        foreach (var (code, entry) in _callbacks)
        {
            var canonical = Canonical(code);
            if (!_owned.Contains(canonical) && _reportedCodes.Add(canonical))
            {
                findings.Add(Findings.Of(FindingSeverity.Failure, Id, Describe(code, entry.Component, null, Message(entry.Text), transient: false, source: null), entry, code));
            }
        }
    }

    /// <summary>One code for one failure: BITS's HTTP 403 and the agent's WU_E_PT_HTTP_STATUS_FORBIDDEN.</summary>
    private static uint Canonical(uint code) => code == AgentForbidden ? HttpForbidden : code;

    /// <summary>The failing code of a line, if it reports one, and whether it is only the agent's callback.</summary>
    private static bool TryRead(ReadOnlySpan<char> text, out uint code, out bool callback)
    {
        callback = false;
        code = 0;
        bool found;
        if (text.Contains("*FAILED* [", StringComparison.Ordinal))
        {
            found = !text.Contains("Method failed [", StringComparison.Ordinal) && HResult.TryFindBracketed(text, out code);
        }
        else if (text.Contains("Exit code = ", StringComparison.Ordinal))
        {
            found = HResult.TryFindAfter(text, "Exit code = ", out code);
        }
        else if (text.Contains("WARNING:", StringComparison.Ordinal) || text.Contains("FATAL:", StringComparison.Ordinal))
        {
            found = HResult.TryFindAfter(text, "hr = ", out code) || HResult.TryFindAfter(text, "hr=", out code) ||
                    HResult.TryFindAfter(text, "error = ", out code) || HResult.TryFindAfter(text, "error ", out code);
        }
        else if (text.Contains(" failed, ", StringComparison.Ordinal) || text.Contains("403'd", StringComparison.Ordinal))
        {
            found = HResult.TryFindAfter(text, "hr = ", out code);
        }
        else if (text.Contains("calls back to ", StringComparison.Ordinal))
        {
            found = HResult.TryFindAfter(text, " and error ", out code);
            callback = true;
        }
        else
        {
            found = HResult.TryFindAfter(text, "error = ", out code);
        }

        return found && HResult.IsFailure(code);
    }

    private void Close(IFindingSink findings)
    {
        if (_chain is not { } chain)
        {
            return;
        }

        _chain = null;
        var canonical = Canonical(chain.Code);
        if (_owned.Contains(canonical) ||
            (chain.Subject is null ? _reportedCodes.Contains(canonical) : _reported.Contains((canonical, chain.Subject))))
        {
            return;
        }

        if (chain.Transient)
        {
            // A retried error is told once; it must not hide the same code failing for good later on.
            if (!_transient.Add(canonical))
            {
                return;
            }
        }
        else if (_reported.Count < MaxKept)
        {
            _reported.Add((canonical, chain.Subject));
            _reportedCodes.Add(canonical);
        }

        findings.Add(Findings.Of(
            chain.Transient ? FindingSeverity.Warning : FindingSeverity.Failure,
            Id,
            Describe(chain.Code, chain.First.Component, chain.Subject, chain.Message, chain.Transient, chain.Source),
            chain.First,
            chain.Code,
            chain.Subject));
    }

    private static string Describe(uint code, string component, string? subject, string message, bool transient, string? source)
    {
        var hex = HResult.Format(code);

        // Inline, the subject is a noun ("update 4E95…", a URL, "an update"); as an aside, " (…)" or nothing.
        var noun = subject is null ? Strings.AnUpdate
            : Words.IsUpdateId(subject) ? Strings.FormatUpdateNamed(subject)
            : subject;
        var aside = subject is null ? "" : Strings.FormatSubjectSuffix(subject);
        if (transient)
        {
            return Strings.FormatWuTransient(component, hex, aside);
        }

        if (subject is not null && (subject.Contains("selfupdate", StringComparison.OrdinalIgnoreCase) || subject.Contains("wuident", StringComparison.OrdinalIgnoreCase)))
        {
            return Strings.FormatWuSelfUpdateFailed(hex, subject);
        }

        return CodeHints.Classify(code) switch
        {
            CodeHints.Kind.Trust => Strings.FormatWuDownloadTrust(hex, noun),
            CodeHints.Kind.Forbidden => Strings.FormatWuForbidden(hex, noun),
            CodeHints.Kind.Download => Strings.FormatWuDownloadFailed(source ?? component, hex, noun),
            CodeHints.Kind.Network => Strings.FormatWuCannotConnect(component, hex, aside),
            CodeHints.Kind.Clock => Strings.FormatWuSecureChannel(component, hex, aside),
            _ => Strings.FormatWuFailed(component, hex, message),
        };
    }

    /// <summary>The agent's own words for a failure, without the marker and code: "Lock the sandbox of update …".</summary>
    private static string Message(ReadOnlySpan<char> text)
    {
        var line = Words.FirstLine(text).Trim();
        var failed = line.IndexOf("*FAILED* [", StringComparison.Ordinal);
        if (failed >= 0 && line.Length > failed + 19)
        {
            line = line[(failed + 19)..].Trim();
        }
        else
        {
            var warning = line.IndexOf("WARNING:", StringComparison.Ordinal);
            if (warning >= 0)
            {
                line = line[(warning + "WARNING:".Length)..].Trim();
            }
        }

        // The code is in the finding already: "Failed to filter search results, error = 0x8024000B" says enough without it.
        foreach (var code in (ReadOnlySpan<string>)[", error = ", " with hr = ", ", hr = ", " hr = "])
        {
            var at = line.IndexOf(code, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                line = line[..at];
            }
        }

        return (line.Length > 160 ? line[..160] : line).TrimEnd(" .").ToString();
    }

    /// <summary>The lines of one failure, as the agent writes them within moments.</summary>
    private sealed class Chain
    {
        private int _subjectRank;
        private LogEntry _last;

        public Chain(uint code, LogEntry first, ReadOnlySpan<char> text)
        {
            Code = code;
            First = first;
            _last = first;
            Message = WuFailureRule.Message(text);
            Add(first, text);
        }

        public uint Code { get; }

        public LogEntry First { get; }

        public string Message { get; }

        public string? Subject { get; private set; }

        /// <summary>BITS or Delivery Optimization, when the download manager names the job that failed.</summary>
        public string? Source { get; private set; }

        public bool Transient { get; private set; }

        public bool IsNear(LogEntry entry) =>
            entry.Time is { } time && _last.Time is { } last
                ? (time - last).Duration() <= Together
                : entry.Line - _last.Line <= 40;

        public void Add(LogEntry entry, ReadOnlySpan<char> text)
        {
            _last = entry;
            Transient |= text.Contains("retrying", StringComparison.OrdinalIgnoreCase);
            if (Source is null)
            {
                Source = text.Contains("BITS job", StringComparison.Ordinal) ? "BITS"
                    : text.Contains("DO job", StringComparison.Ordinal) ? "Delivery Optimization"
                    : null;
            }

            // The update id says most; a URL or a file path is better than nothing.
            if (_subjectRank < 3 && Words.UpdateId(text) is { } update)
            {
                (Subject, _subjectRank) = (update, 3);
            }
            else if (_subjectRank < 2 && Url(text) is { } url)
            {
                (Subject, _subjectRank) = (url, 2);
            }
            else if (_subjectRank < 1 && Words.After(text, "trust for ") is { } path)
            {
                (Subject, _subjectRank) = (path, 1);
            }
        }

        private static string? Url(ReadOnlySpan<char> text)
        {
            if (Words.Between(text, "URL = '", "'") is { } quoted)
            {
                return quoted;
            }

            return Words.Between(text, "<http", ">") is { } rest ? "http" + rest : null;
        }
    }
}
