using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// The one vocabulary of SetupDiag entries, whatever the form of the results file (text, XML or JSON), so
/// that a rule reads the same component names from all three. See <see cref="SetupDiagTextParser"/> for the
/// whole mapping. Here: how a text label or field name becomes a component name, how FailureDetails and a
/// result-extend pair are split, which fields are times, and which values mean "not set".
/// </summary>
internal static partial class SetupDiagFields
{
    /// <summary>Fields whose value is what its name says, never a text naming other values.</summary>
    private static readonly HashSet<string> OwnValue = new(StringComparer.Ordinal)
    {
        "ProfileName", "ProfileGuid", "RollbackErrorCode", "Error", "ExtendedCode", "LastSetupPhase", "LastSetupOperation",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SetupDiagversion"] = "Version",
        ["LastPhase"] = "LastSetupPhase",
        ["LastOperation"] = "LastSetupOperation",
        ["Err"] = "Error",
        ["LogEntry"] = "LogErrorLine",
        ["PhaseStarted"] = "PhaseStartTime",
        ["PhaseEnded"] = "PhaseEndTime",
        ["OperationStarted"] = "OperationStartTime",
        ["OperationEnded"] = "OperationEndTime",
    };

    /// <summary>A label such as "Machine Name" or "Last Phase" as a component name: MachineName, LastSetupPhase.</summary>
    public static string ComponentName(ReadOnlySpan<char> label)
    {
        Span<char> compact = stackalloc char[Math.Min(label.Length, 64)];
        var length = 0;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c) && length < compact.Length)
            {
                compact[length++] = c;
            }
        }

        var name = new string(compact[..length]);
        return Synonyms.GetValueOrDefault(name, name);
    }

    /// <summary>Empty, or a date of the year 1 (SetupDiag's "never happened"): no entry is made for it.</summary>
    public static bool IsUnset(string value) =>
        string.IsNullOrWhiteSpace(value)
        || value.StartsWith("0001-01-01", StringComparison.Ordinal)
        || value.StartsWith("1/1/0001", StringComparison.Ordinal);

    /// <summary>The time a field holds, for fields named ...Time that hold a date (not durations such as UpgradeElapsedTime).</summary>
    public static DateTimeOffset? TimeOf(string component, string value) =>
        component.EndsWith("Time", StringComparison.Ordinal) ? LogTimestamps.ParseLoose(value) : null;

    /// <summary>
    /// The entries for one field: the field itself, plus, for <c>FailureDetails</c>
    /// (<c>RollbackErrorCode = 0xC1900101, ExtendedCode = 0x40017, LastOperation = …, LastPhase = …</c>),
    /// one entry per part, and for an <c>Error</c> written as a result-extend pair
    /// (<c>0x8007000D-0x2000C</c>), an <c>ExtendedCode</c> entry with the extend code. Each entry's
    /// <see cref="LogEntry.Fields"/> are the fields it holds (see <see cref="FieldsOf"/>).
    /// </summary>
    public static IEnumerable<LogEntry> Entries(string file, long line, string component, string value)
    {
        value = value.Trim();
        if (IsUnset(value))
        {
            yield break;
        }

        yield return new LogEntry { Kind = LogKind.SetupDiag, File = file, Line = line, Time = TimeOf(component, value), Level = "", Component = component, Text = value, Fields = FieldsOf(component, value) };
        if (component == "FailureDetails")
        {
            foreach (var (name, part) in SplitDetails(value))
            {
                foreach (var entry in Entries(file, line, name, part))
                {
                    yield return entry;
                }
            }
        }
        else if (component == "Error" && ResultExtendPair().Match(value) is { Success: true } pair)
        {
            var extend = pair.Groups[2].Value;
            yield return new LogEntry { Kind = LogKind.SetupDiag, File = file, Line = line, Time = null, Level = "", Component = "ExtendedCode", Text = extend, Fields = FieldsOf("ExtendedCode", extend) };
        }
    }

    /// <summary>
    /// The fields one SetupDiag value holds, so that a rule reads every form the same way: the value under its own
    /// name (<c>ProfileName</c> = <c>FindRollbackFailure</c>); for a value of free text (FailureData, the matched log
    /// line, FailureDetails, …) also the values it names in words, as <see cref="SetupDiagFailureText"/> finds them;
    /// for FailureDetails also its parts. A field that is itself one of those values (ProfileName, Error, …) holds
    /// only itself.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FieldsOf(string component, string value)
    {
        var fields = EntryFields.Create();
        if (component.Length > 0)
        {
            fields[component] = value;
        }

        if (OwnValue.Contains(component))
        {
            return fields;
        }

        SetupDiagFailureText.AddTo(fields, value);
        if (component == "FailureDetails")
        {
            foreach (var (name, part) in SplitDetails(value))
            {
                if (!IsUnset(part))
                {
                    fields.TryAdd(name, part);
                }
            }
        }

        return fields;
    }

    /// <summary>
    /// Splits <c>Key = value, Key = value</c> where a value may itself contain commas
    /// (<c>LastOperation = Gather data, scope: EVERYTHING</c>): a part starts only at a comma followed by a
    /// word and " = ".
    /// </summary>
    public static IEnumerable<(string Name, string Value)> SplitDetails(string details)
    {
        var keys = DetailKey().Matches(details);
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : details.Length;
            yield return (ComponentName(keys[i].Groups[1].ValueSpan), details[start..end].Trim());
        }
    }

    /// <summary>A WCF JSON date, <c>/Date(1559881150000-0700)/</c>, as an ISO 8601 string and a time.</summary>
    public static bool TryWcfDate(string value, out string iso, out DateTimeOffset time)
    {
        iso = value;
        time = default;
        var match = WcfDate().Match(value);
        if (!match.Success
            || !long.TryParse(match.Groups[1].ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds < -62135596800000 || milliseconds > 253402300799999)
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups[2].Success)
        {
            var hours = int.Parse(match.Groups[2].ValueSpan[1..3], CultureInfo.InvariantCulture);
            var minutes = int.Parse(match.Groups[2].ValueSpan[3..5], CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (match.Groups[2].ValueSpan[0] == '-' ? -1 : 1);
        }

        var utc = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        var localTicks = utc.UtcTicks + offset.Ticks;
        time = localTicks >= DateTime.MinValue.Ticks && localTicks <= DateTime.MaxValue.Ticks
            ? new DateTimeOffset(new DateTime(localTicks, DateTimeKind.Unspecified), offset)
            : utc;
        iso = time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"(?:^|,\s*)([A-Za-z][A-Za-z0-9]*)\s*=\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DetailKey();

    [GeneratedRegex(@"^(0x[0-9A-Fa-f]{1,8})\s*-\s*(0x[0-9A-Fa-f]{1,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex ResultExtendPair();

    [GeneratedRegex(@"^/Date\((-?\d{1,15})([+-]\d{4})?\)/$", RegexOptions.CultureInvariant)]
    private static partial Regex WcfDate();
}
