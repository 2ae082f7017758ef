using CsCheck;

namespace WuToolkit.Host.Tests.Adversarial.Support;

/// <summary>Generators of text, from the tame to the hostile, shared by every reader's properties.</summary>
internal static class Text
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Characters that have broken text tools before: control characters, escapes, bidirectional overrides,
    /// line and paragraph separators, quotes, a lone surrogate's neighbours, the replacement character, a BOM.</summary>
    public const string Nasty = "\0\u0001\u0007\b\t\n\v\f\r\u001b\u007f\u0085\u009b\u00a0\u200b\u200e\u202e\u2066\u2028\u2029\ufeff\ufffd\"'\\`$%{}[]<>&;|=,:*?~#@!\u00e9\u00df\u4e2d\u6587\ud83d\ude00";

    /// <summary>Letters and digits.</summary>
    public static Gen<string> Word(int min = 1, int max = 12) => FromAlphabet(Letters, min, max);

    /// <summary>Printable text with spaces, punctuation and non-ASCII letters, as names and descriptions have.</summary>
    public static Gen<string> Printable(int min = 0, int max = 40) =>
        FromAlphabet(Letters + " .-_()/\\:,'\u00e9\u00fc\u00df\u4e2d\u6587\u0436", min, max);

    /// <summary>Anything: letters mixed with the nasty characters, now and then very long.</summary>
    public static Gen<string> Hostile(int max = 40) => Gen.Frequency(
        (4, FromAlphabet(Letters + Nasty, 0, max)),
        (2, FromAlphabet(Nasty, 1, 8)),
        (1, Gen.Select(Gen.Int[1_000, 100_000], FromAlphabet(Letters + Nasty, 1, 1), (count, one) => string.Concat(Enumerable.Repeat(one, count)))));

    public static Gen<string> FromAlphabet(string alphabet, int min, int max) =>
        Gen.Int[0, alphabet.Length - 1].Array[min, max].Select(indexes => BuildString(alphabet, indexes));

    /// <summary>Builds from text elements, so a surrogate pair is never cut in half (unless it is meant to be).</summary>
    private static string BuildString(string alphabet, int[] indexes)
    {
        var chars = new System.Text.StringBuilder(indexes.Length);
        foreach (var index in indexes)
        {
            var c = alphabet[index];
            if (char.IsHighSurrogate(c) && index + 1 < alphabet.Length)
            {
                chars.Append(c).Append(alphabet[index + 1]);
            }
            else if (!char.IsLowSurrogate(c))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
