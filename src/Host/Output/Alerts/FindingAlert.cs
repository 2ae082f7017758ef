using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Host.Output.Reports;
using WuToolkit.Host.Resources;
using WuToolkit.Host.Running;

namespace WuToolkit.Host.Output.Alerts;

/// <summary>
/// The fields administrators see in Windows Update for Business reports, for one finding (failed, warned or could not
/// run): the alert subtype (<see cref="AlertSubtypes"/>), the first error code its evidence names with the symbolic name
/// the error catalogs give it (<c>0x800F081F</c>, <c>CBS_E_SOURCE_MISSING</c>), and the recommendation (the fix to run).
/// Each is null when there is none; JSON then leaves it out.
/// </summary>
public sealed partial record FindingAlert(string? AlertSubtype, string? ErrorCode, string? ErrorSymName, string? Recommendation)
{
    public static FindingAlert? Of(CheckOutcome result, IErrorCodeLookup? codes)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status is not (CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error))
        {
            return null;
        }

        uint? code = null;
        foreach (var evidence in result.Evidence)
        {
            if (HexCode().Match(evidence.Value) is { Success: true } match
                && uint.TryParse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                code = value;
                break;
            }
        }

        var name = code is { } known ? codes?.Find(known)?.Name : null;
        var recommendation = result.FixIds.Count > 0
            ? ReportPageStrings.FormatRecommendation(string.Join("', '", result.FixIds.Select(RunReportView.FixCommand)))
            : null;
        var alert = new FindingAlert(AlertSubtypes.Of(result.Id), code is { } c ? $"0x{c:X8}" : null, string.IsNullOrEmpty(name) ? null : name, recommendation);
        return alert is { AlertSubtype: null, ErrorCode: null, Recommendation: null } ? null : alert;
    }

    /// <summary>Writes the fields that are known as optional members of a run-v1 result.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Optional(json, "alertSubtype", AlertSubtype);
        Optional(json, "errorCode", ErrorCode);
        Optional(json, "errorSymName", ErrorSymName);
        Optional(json, "recommendation", Recommendation);
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // An HRESULT-like code as Windows prints it: 0x8 followed by seven hex digits (0x80070643, 0x800F081F, 0xC1900101).
    [GeneratedRegex(@"\b0x([89ABCabc][0-9A-Fa-f]{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HexCode();
}
