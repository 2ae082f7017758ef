namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// The named values inside SetupDiag's free text — FailureData, the log line it matched, FailureDetails — where
/// SetupDiag writes them as words rather than fields, sometimes run together without a separator:
/// <code>
/// Error: SetupDiag reports rollback failure found.Last Phase = Post First BootLast Operation = Ensure suspended services are stoppedError = 0xC1900101-0x40017
/// Error: SetupDiag reports Optional Component installation failed to open OC Package. Package Name: Foundation, Error: 0x8007001F
/// Error: SetupDiag reports down-level failure, Operation: Finalize, Error: 0x8007001F - 0x50015
/// Last Setup Phase = Downlevel\nLast Setup Operation: Gather data, scope: EVERYTHING\nError: 0x00000057
/// </code>
/// They become the fields SetupDiag's structured forms name: ProfileName and ProfileGuid ("Matching Profile found:
/// Name - GUID"), LastSetupPhase ("Last Phase = ", "Last Setup Phase = ", "LastPhase = ", "Phase Name: "),
/// LastSetupOperation ("Last Operation = ", "Last Setup Operation: ", "LastOperation = ", "Operation Name: ",
/// ", Operation: "), PackageName ("Package Name: " up to a comma), RollbackErrorCode ("RollbackErrorCode = "), Error
/// ("Error = ", "Err = ", "Error: " followed by a code, not by words) and ExtendedCode ("ExtendedCode = "). A value
/// runs to the end of its line or to where the next one starts; the first of each is kept, except that a code first
/// said without its extend code takes the extend code from a later mention of the same code.
/// </summary>
internal static class SetupDiagFailureText
{
    private static readonly string[] PhaseMarkers = ["Last Phase = ", "Last Setup Phase = ", "LastPhase = ", "Phase Name: "];
    private static readonly string[] OperationMarkers = ["Last Operation = ", "Last Setup Operation: ", "LastOperation = ", "Operation Name: ", ", Operation: "];
    private static readonly string[] RollbackMarkers = ["RollbackErrorCode = "];
    private static readonly string[] ErrorMarkers = ["Error = ", "Err = ", "Error: "];

    /// <summary>Where a value ends when SetupDiag runs fields together ("…found.Last Phase = Post First BootLast Operation = …").</summary>
    private static readonly string[] ValueStops =
        [", Last", ", Rollback", ", Extended", ", Err", "Last Operation", "Last Phase", "Last Setup", "Error = ", "Error: "];

    /// <summary>Adds the values <paramref name="text"/> names to <paramref name="fields"/>, keeping any already there.</summary>
    public static void AddTo(Dictionary<string, string> fields, string text)
    {
        const string matching = "Matching Profile found: ";
        var at = text.IndexOf(matching, StringComparison.Ordinal);
        if (at >= 0)
        {
            // "FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48": the name, then its GUID.
            var profile = FirstLine(text.AsSpan(at + matching.Length));
            var dash = profile.IndexOf(" - ", StringComparison.Ordinal);
            Add(fields, "ProfileName", (dash < 0 ? profile : profile[..dash]).Trim());
            if (dash >= 0)
            {
                Add(fields, "ProfileGuid", profile[(dash + 3)..].Trim());
            }
        }

        Add(fields, "LastSetupPhase", Value(text, PhaseMarkers));
        Add(fields, "LastSetupOperation", Value(text, OperationMarkers));
        Add(fields, "PackageName", Between(text, "Package Name: ", ","));
        Add(fields, "RollbackErrorCode", Code(text, RollbackMarkers));
        Add(fields, "Error", Code(text, ErrorMarkers));
        Add(fields, "ExtendedCode", CodeAfter(text, "ExtendedCode = "));
    }

    private static void Add(Dictionary<string, string> fields, string name, ReadOnlySpan<char> value)
    {
        if (!value.IsEmpty)
        {
            fields.TryAdd(name, value.ToString());
        }
    }

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.TryAdd(name, value);
        }
    }

    /// <summary>The first marker's value that is not empty, cut where a run-together next field starts.</summary>
    private static string? Value(string text, string[] markers)
    {
        foreach (var marker in markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var value = FirstLine(text.AsSpan(at + marker.Length));
            foreach (var stop in ValueStops)
            {
                var end = value.IndexOf(stop, StringComparison.Ordinal);
                if (end > 0)
                {
                    value = value[..end];
                }
            }

            var cleaned = value.Trim().TrimEnd(",.");
            if (!cleaned.IsEmpty)
            {
                return cleaned.ToString();
            }
        }

        return null;
    }

    private static string? Between(string text, string start, string end)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = FirstLine(text.AsSpan(at + start.Length));
        var stop = rest.IndexOf(end, StringComparison.Ordinal);
        var value = (stop < 0 ? rest : rest[..stop]).Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>The first code after any of the markers (in the markers' order), as written; a later mention of the
    /// same code that carries an extend code is taken instead, for the extend code.</summary>
    private static string? Code(string text, string[] markers)
    {
        string? written = null;
        uint first = 0;
        var hasExtend = false;
        foreach (var marker in markers)
        {
            var rest = text.AsSpan();
            int at;
            while ((at = rest.IndexOf(marker, StringComparison.Ordinal)) >= 0)
            {
                rest = rest[(at + marker.Length)..];
                if (!ErrorCodeText.TryRead(rest, out var code, out var extend, out var length) || code == 0)
                {
                    continue;
                }

                code = ErrorCodeText.AsHResult(code);
                if (written is null || (!hasExtend && extend != 0 && code == first))
                {
                    (written, first, hasExtend) = (rest[..length].Trim().ToString(), code, extend != 0);
                }
            }
        }

        return written;
    }

    /// <summary>The first code after <paramref name="marker"/> (any case) that is one, as written.</summary>
    private static string? CodeAfter(string text, string marker)
    {
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOf(marker, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            rest = rest[(at + marker.Length)..];
            if (ErrorCodeText.TryReadCode(rest, out _, out var length))
            {
                return rest[..length].Trim().ToString();
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
