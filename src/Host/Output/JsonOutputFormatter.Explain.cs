using System.Text.Json;
using WuToolkit.Host.Knowledge;

namespace WuToolkit.Host.Output;

/// <summary><c>wutk explain --format json</c>: kind "explain", described by docs/schemas/explain-v1.schema.json.
/// Both <c>code</c> and <c>search</c> are always present, one of them null, so a reader need not guess.</summary>
public sealed partial class JsonOutputFormatter
{
    public Task WriteExplainAsync(ExplainReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteAsync(json =>
        {
            Header(json, "explain");
            json.WriteString("mode", report.Search is null ? "code" : "search");
            json.WriteString("input", report.Search?.Words ?? report.Code?.Query.Input ?? "");
            json.WritePropertyName("code");
            if (report.Code is { } code)
            {
                Explanation(json, code);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WritePropertyName("search");
            if (report.Search is { } search)
            {
                Search(json, search);
            }
            else
            {
                json.WriteNullValue();
            }

            Problems(json, report.Catalog);
        }, cancellationToken);
    }

    private static void Explanation(Utf8JsonWriter json, CodeExplanation explanation)
    {
        var anatomy = explanation.Anatomy;
        json.WriteStartObject();
        json.WriteString("hex", anatomy.Hex);
        json.WriteNumber("value", anatomy.Code);
        json.WriteNumber("signed", anatomy.SignedForm);
        json.WriteBoolean("known", explanation.Known);
        json.WriteBoolean("fromWin32Number", explanation.Query.Win32Error is not null);
        json.WriteBoolean("failure", anatomy.IsFailure);
        json.WriteBoolean("customer", anatomy.IsCustomer);
        json.WriteNumber("facility", anatomy.Facility);
        json.WriteString("facilityName", anatomy.FacilityName);
        json.WriteNumber("facilityCode", anatomy.FacilityCode);
        NullableString(json, "area", anatomy.Area);
        NullableNumber(json, "win32Error", anatomy.Win32Error);
        NullableString(json, "win32Message", anatomy.Win32Message);
        NullableNumber(json, "httpStatus", anatomy.HttpStatus);
        json.WritePropertyName("extend");
        if (explanation.Extend is { } extend)
        {
            json.WriteStartObject();
            json.WriteString("hex", extend.Hex);
            json.WriteNumber("value", extend.Value);
            Step(json, "phase", extend.Phase);
            Step(json, "operation", extend.Operation);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        Entries(json, "entries", explanation.Entries);
        json.WriteEndObject();
    }

    private static void Search(Utf8JsonWriter json, SearchResult search)
    {
        json.WriteStartObject();
        json.WriteString("words", search.Words);
        json.WriteNumber("total", search.Total);
        json.WriteNumber("limit", search.Limit);
        Entries(json, "matches", search.Matches);
        json.WriteEndObject();
    }

    private static void Entries(Utf8JsonWriter json, string name, IReadOnlyList<CatalogEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            var code = entry.Code;
            json.WriteStartObject();
            json.WriteString("hex", code.Hex);
            json.WriteNumber("value", code.Code);
            json.WriteString("name", code.Name);
            json.WriteString("meaning", code.Meaning);
            Strings(json, "causes", code.Causes);
            Strings(json, "checks", code.CheckIds);
            Strings(json, "fixes", code.FixIds);
            json.WriteString("catalog", entry.CatalogId);
            json.WriteString("catalogTitle", entry.CatalogTitle);
            json.WriteString("plugin", entry.Plugin);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Step(Utf8JsonWriter json, string name, SetupStep step)
    {
        json.WriteStartObject(name);
        json.WriteNumber("number", step.Number);
        NullableString(json, "name", step.Name);
        json.WriteString("description", step.Description);
        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
