using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// SetupDiagResults.json: every member with a value is one entry named after the member (items of an array,
/// such as FailureData, after the array), as <see cref="SetupDiagTextParser"/> documents. WCF dates become
/// ISO 8601 with their time. Read with <see cref="TolerantJsonScanner"/>, because the published sample has raw
/// line breaks inside a string, which strict JSON forbids.
/// </summary>
internal static class SetupDiagJsonParser
{
    public static IEnumerable<LogEntry> Parse(TextReader text, string file, LogReadOptions options, CancellationToken cancellationToken)
    {
        var scanner = new TolerantJsonScanner(text, options.MaxEntryChars);
        foreach (var found in scanner.Values(cancellationToken))
        {
            if (found.Key.Length == 0)
            {
                continue;
            }

            var value = SetupDiagFields.TryWcfDate(found.Value, out var iso, out _) ? iso : found.Value;
            foreach (var entry in SetupDiagFields.Entries(file, found.Line, SetupDiagFields.ComponentName(found.Key), value))
            {
                yield return entry;
            }
        }
    }
}
