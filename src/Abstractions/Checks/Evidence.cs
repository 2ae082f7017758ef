namespace WuToolkit.Abstractions.Checks;

/// <summary>One fact a check saw, shown to the user as <c>key: value</c> so that its verdict can be verified.</summary>
/// <param name="Key">A short stable name such as <c>wuauserv.startType</c>.</param>
/// <param name="Value">The value as seen, formatted for people.</param>
public sealed record Evidence(string Key, string Value);
