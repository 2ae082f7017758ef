using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// SetupDiag results as entries. All three forms (SetupDiagResults.log text, .xml, .json) give the same
/// entries: Kind <c>SetupDiag</c>, Level empty, Component = the field's name, Text = its value (trimmed),
/// Line = the line the value is on (for XML the line of its element, for JSON the line its value starts on).
/// Time is set only for fields that hold a date (names ending in <c>Time</c>: UpgradeStartTime,
/// PhaseStartTime, …); other entries have none. Empty values and dates of the year 1 (SetupDiag's "not set")
/// give no entry.
/// <para>Components, with the text form's label on the right where it differs:</para>
/// <code>
/// ProfileName, ProfileGuid     "Matching Profile found: FindRollbackFailure - 3A43C9B5-…" (split at " - ")
/// Version                      "SetupDiag version: 1.6.2107.27002"
/// FailureData                  one entry per FailureData value; in the text form, every line that is not
///                              "Label: value" / "Label = value" (such as "Refer to …", "Recommend …") and
///                              every "Error: SetupDiag reports …" line
/// LogErrorLine                 the Setup log line SetupDiag matched; "LogEntry: 2023-05-23 00:32:46, Error …"
/// FailureDetails               the whole "RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, …", and
///                              also one entry per part, named as below
/// Error                        "Error = 0x8007000D-0x2000C" as written; "Err = 0x00000057" in FailureDetails
/// ExtendedCode                 the extend code of an Error pair (0x2000C), or of FailureDetails
/// RollbackErrorCode            from FailureDetails
/// LastSetupPhase               "Last Phase = Safe OS"; "LastPhase = …" in FailureDetails
/// LastSetupOperation           "Last Operation = …"; "LastOperation = …" in FailureDetails
/// PhaseName, PhaseStartTime,   the "Last Setup Phase:" block: "Phase Name:", "Phase Started:",
/// PhaseEndTime, PhaseTimeDelta "Phase Ended:", "Phase Time Delta:"
/// OperationName, …StartTime,   the "Last Setup Operation:" block, likewise
/// …EndTime, …TimeDelta
/// CompletedSuccessfully        "Completed Successfully? False" (once per block)
/// MachineName, Manufacturer,   System Information: every "Key = value" line, the key without spaces
/// HostOSVersion, …             (XML SystemInfo children and JSON SystemInfo members have these names)
/// </code>
/// Any other XML element with text or JSON member with a value becomes an entry named after it (for
/// example ProfileGuid, RollbackElapsedTime "PT1H2M39S" as written). JSON dates in the WCF form
/// <c>/Date(1559881150000-0700)/</c> are written as ISO 8601 (<c>2019-06-06T21:19:10-07:00</c>) and set Time.
/// <para>
/// Every entry's <see cref="LogEntry.Fields"/> hold its own value under its name, and for free text (FailureData, the
/// matched log line, FailureDetails) the values the text names in words — LastSetupPhase, LastSetupOperation,
/// PackageName, RollbackErrorCode, Error, ExtendedCode — as <see cref="SetupDiagFields.FieldsOf"/> describes, so a
/// rule reads every form, and SetupDiag's registry values, the same way.
/// </para>
/// </summary>
internal static class SetupDiagTextParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var lines = new LineReader<char>(ChunkReader<char>.For(text), options.MaxLineChars);
        while (lines.MoveNext())
        {
            if ((lines.Number & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var (component, value) in Fields(lines.Current.Trim(" \t\0").ToString()))
            {
                foreach (var entry in SetupDiagFields.Entries(file, lines.Number, component, value))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>The fields one line of SetupDiagResults.log holds (none for a blank line or a block heading).</summary>
    private static IEnumerable<(string Component, string Value)> Fields(string line)
    {
        if (line.Length == 0)
        {
            yield break;
        }

        const string profile = "Matching Profile found:";
        if (line.StartsWith(profile, StringComparison.OrdinalIgnoreCase))
        {
            var rest = line[profile.Length..].Trim();
            var dash = rest.LastIndexOf(" - ", StringComparison.Ordinal);
            yield return ("ProfileName", dash > 0 ? rest[..dash] : rest);
            if (dash > 0)
            {
                yield return ("ProfileGuid", rest[(dash + 3)..]);
            }

            yield break;
        }

        if (!TrySplit(line, out var label, out var value))
        {
            yield return ("FailureData", line);
            yield break;
        }

        var component = SetupDiagFields.ComponentName(label);
        if (component == "Error" && !LooksLikeCode(value))
        {
            // "Error: SetupDiag reports rollback failure found." is the failure's description, not a code.
            yield return ("FailureData", line);
            yield break;
        }

        yield return (component, value);
    }

    /// <summary>"Label = value", "Label: value" or "Label? value", where the label is a few plain words.</summary>
    private static bool TrySplit(string line, out string label, out string value)
    {
        label = value = "";
        var separator = -1;
        var width = 0;
        for (var i = 0; i < line.Length && i <= 48; i++)
        {
            var c = line[i];
            if ((c == '=' && i > 0 && line[i - 1] == ' ') || c is ':' or '?')
            {
                if (i + 1 == line.Length || line[i + 1] == ' ' || line[i + 1] == '\t')
                {
                    separator = i;
                    width = 1;
                    break;
                }

                return false;
            }

            if (!char.IsLetterOrDigit(c) && c != ' ' && c != '_')
            {
                return false;
            }
        }

        if (separator <= 0)
        {
            return false;
        }

        label = line[..separator].Trim();
        value = line[(separator + width)..].Trim();
        return label.Length > 0;
    }

    private static bool LooksLikeCode(string value) =>
        value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || (value.Length > 0 && value.All(char.IsAsciiHexDigit));
}
