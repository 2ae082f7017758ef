namespace WuToolkit.Logs.Reading.Structured;

/// <summary>
/// An event's level number as the English name Event Viewer shows: the same words whether the event comes from an
/// export without rendering or from the event log itself, where the rendered name would be in the PC's language.
/// </summary>
internal static class EventLevels
{
    /// <summary>1 Critical, 2 Error, 3 Warning, 5 Verbose; 0, 4 and anything else Information.</summary>
    public static string Name(int level) => level switch
    {
        1 => "Critical",
        2 => "Error",
        3 => "Warning",
        5 => "Verbose",
        _ => "Information",
    };

    /// <summary>The level as an export writes it (<c>&lt;Level&gt;2&lt;/Level&gt;</c>): a number named as above; other text as it is.</summary>
    public static string Name(string number) => number.Trim() switch
    {
        "1" => "Critical",
        "2" => "Error",
        "3" => "Warning",
        "0" or "4" => "Information",
        "5" => "Verbose",
        var other => other,
    };

    /// <summary>
    /// A level name as a Japanese Event Viewer writes it in its CSV and text exports (情報, 警告, エラー, 重大, 詳細) as
    /// the English name, so that findings and JSON read the same whichever language the exporting PC had. Any other
    /// text, English included, is returned trimmed and as it is.
    /// </summary>
    public static string Invariant(string level) => level.Trim() switch
    {
        "重大" => "Critical",
        "エラー" => "Error",
        "警告" => "Warning",
        "情報" => "Information",
        "詳細" => "Verbose",
        var other => other,
    };
}
