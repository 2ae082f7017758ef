using System.Globalization;
using System.Text.RegularExpressions;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>What the language tests share: the Japanese culture and how to tell Japanese text.</summary>
internal static partial class Japanese
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>Whether <paramref name="text"/> holds hiragana, katakana or kanji.</summary>
    public static bool Has(string? text) => text is not null && Script().IsMatch(text);

    /// <summary>A host text in Japanese, from the host's own resources.</summary>
    public static string Host(string key) =>
        WuToolkit.Host.Resources.Strings.ResourceManager.GetString(key, Culture) ?? throw new ArgumentException(key);

    /// <summary>The same text in English.</summary>
    public static string English(string key) =>
        WuToolkit.Host.Resources.Strings.ResourceManager.GetString(key, CultureInfo.InvariantCulture) ?? throw new ArgumentException(key);

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Script();
}
