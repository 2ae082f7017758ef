using System.Diagnostics.CodeAnalysis;

namespace WuToolkit.Abstractions.Checks;

/// <summary>One fact a check saw, shown to the user as <c>key: value</c> so that its verdict can be verified.</summary>
public sealed record Evidence
{
    /// <summary>A fact as a key and a value.</summary>
    /// <param name="key">A short stable name such as <c>wuauserv.startType</c>.</param>
    /// <param name="value">The value as seen, formatted for people.</param>
    [SetsRequiredMembers]
    public Evidence(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>A fact to be filled with an object initializer.</summary>
    public Evidence()
    {
    }

    /// <summary>A short stable name such as <c>wuauserv.startType</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The value as seen, formatted for people.</summary>
    public required string Value { get; init; }
}
