namespace WuToolkit.Logs.Reading.Structured;

/// <summary>One value found in a JSON text: the member name it belongs to and where it starts.</summary>
/// <param name="Key">The member's name; for an array's items, the array's member name; "" at the top level.</param>
/// <param name="Value">The value: a string unescaped, a number or true/false as written.</param>
/// <param name="Line">1-based line where the value starts.</param>
internal readonly record struct JsonValue(string Key, string Value, long Line);
