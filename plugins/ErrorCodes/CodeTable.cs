using System.Globalization;
using System.Resources;
using WuToolkit.Abstractions.Knowledge;

namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>
/// Turns a catalog's rows and resource texts into <see cref="ErrorCode"/>s on first use and keeps them: composing a
/// plugin creates its catalogs, and a command that never reads codes should not pay for hundreds of resource look-ups.
/// </summary>
internal sealed class CodeTable(IReadOnlyList<CodeRow> rows, ResourceManager texts)
{
    /// <summary>Appended to a code's key for its causes: one cause a line, most likely first.</summary>
    public const string CausesSuffix = "_Causes";

    private readonly Lazy<IReadOnlyList<ErrorCode>> _codes = new(() => Build(rows, texts));

    public IReadOnlyList<ErrorCode> Codes => _codes.Value;

    private static ErrorCode[] Build(IReadOnlyList<CodeRow> rows, ResourceManager texts)
    {
        var culture = CultureInfo.CurrentUICulture;
        var codes = new ErrorCode[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // A row without its text is a bug in this plugin (its tests read every row); failing loudly makes the
            // host report the catalog as broken instead of showing an empty meaning.
            var meaning = texts.GetString(row.TextKey, culture)
                ?? throw new InvalidOperationException($"No text for {row.TextKey} (0x{row.Code:X8}) in {texts.BaseName}");
            var causes = texts.GetString(row.TextKey + CausesSuffix, culture) is { } lines
                ? lines.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            codes[i] = new ErrorCode
            {
                Code = row.Code,
                Name = row.Name,
                Meaning = meaning,
                Causes = causes,
                CheckIds = row.Checks ?? [],
                FixIds = row.Fixes ?? [],
            };
        }

        return codes;
    }
}
