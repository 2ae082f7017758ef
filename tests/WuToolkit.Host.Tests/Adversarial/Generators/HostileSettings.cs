using System.Globalization;
using CsCheck;
using WuToolkit.Abstractions;
using WuToolkit.Host.Configuration;
using WuToolkit.Host.Tests.Adversarial.Support;

namespace WuToolkit.Host.Tests.Adversarial.Generators;

/// <summary>What a generated <c>--set</c> word is meant to be: a value the setting takes, a bad pair (a value out of range
/// or no number, an unknown key), or no pair at all (no '=' before the value).</summary>
internal enum SetIntent
{
    Good,
    Bad,
    Malformed,
}

internal sealed record SetWord(string Text, SetIntent Intent)
{
    public override string ToString() => $"{Intent}:'{Output.TerminalText.Escape(Text.Length > 80 ? Text[..80] + "…" : Text)}'";
}

/// <summary>
/// <c>--set</c> words built from the settings the bundled plugins declare: values in and out of their ranges, no numbers,
/// empty, '=' inside, huge, unicode; unknown keys; and words that are no <c>key=value</c> pair at all.
/// </summary>
internal static class HostileSettings
{
    private static readonly IReadOnlyList<Setting> Declared =
        [.. SettingsCheck.Declared(LiveRunGuard.BundledChecks).Select(pair => pair.Setting).Where(setting => setting is NumberSetting or UrlListSetting)];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Gen<SetWord> ForSetting(Setting setting) => setting switch
    {
        NumberSetting number => Gen.Frequency(
            (3, Gen.Double.Unit.Select(share => new SetWord($"{setting.Key}={Number(Math.Round(number.Minimum + (share * (number.Maximum - number.Minimum)), 3))}", SetIntent.Good))),
            (1, Gen.OneOf(number.Minimum, number.Maximum).Select(edge => new SetWord($"{Cased(setting.Key, edge)}= {Number(edge)} ", SetIntent.Good))),
            (2, Gen.Double[1, 1e12].Select(beyond => new SetWord($"{setting.Key}={Number(number.Maximum + beyond)}", SetIntent.Bad))),
            (1, Gen.Double[0.001, 1e6].Select(below => new SetWord($"{setting.Key}={Number(number.Minimum - below)}", SetIntent.Bad))),
            (2, Gen.OneOf("", "abc", "NaN", "Infinity", "1e999", "5 GB", "1,5", "0x10", "5s", "--5", "٣").Select(text => new SetWord($"{setting.Key}={text}", SetIntent.Bad))),
            (1, Text.Hostile(50).Select(text => new SetWord($"{setting.Key}=x{text}", SetIntent.Bad)))),
        _ => Gen.Frequency(
            (2, Gen.OneOf("https://wsus.contoso.test:8531/", "http://a.test/,https://b.test/path?q=1&r=2", "https://xn--bcher-kva.test/", "HTTPS://UPPER.TEST/")
                .Select(text => new SetWord($"{setting.Key}={text}", SetIntent.Good))),
            (2, Gen.OneOf("", ",,", "ftp://mirror.test/", "not a url", "file:///etc/passwd", "https://", string.Join(',', Enumerable.Repeat("https://a.test/", 65)))
                .Select(text => new SetWord($"{setting.Key}={text}", SetIntent.Bad)))),
    };

    /// <summary>The key in another case now and then: keys ignore case.</summary>
    private static string Cased(string key, double seed) => seed % 2 == 0 ? key.ToUpperInvariant() : key;

    private static Gen<SetWord> Unknown { get; } = Gen.Frequency(
        (2, Text.Word(1, 12).Select(word => new SetWord($"zz.{word}=1", SetIntent.Bad))),
        (1, Gen.OneOf("disk.upgradeFreeGb2=40", "disk=5", "disk.=5", ".=5", "disk.updateFreeGB.x=5", "network.endpoint=https://a.test/").Select(text => new SetWord(text, SetIntent.Bad))),
        (1, Text.Hostile(20).Select(text => new SetWord($"k{text.Replace("=", "", StringComparison.Ordinal)}=5", SetIntent.Bad))));

    private static Gen<SetWord> Malformed { get; } = Gen.Frequency(
        (2, Gen.OneOf("disk.updateFreeGB", "", "=5", "==", " ", "=").Select(text => new SetWord(text, SetIntent.Malformed))),
        (1, Text.Hostile(20).Select(text => new SetWord(text.Replace("=", "", StringComparison.Ordinal), SetIntent.Malformed))));

    private static Gen<SetWord> Word { get; } = Gen.Frequency(
        (6, Gen.Int[0, Declared.Count - 1].SelectMany(index => ForSetting(Declared[index]))),
        (2, Unknown),
        (1, Malformed));

    public static Gen<SetWord[]> Any { get; } = Word.Array[1, 5];
}
