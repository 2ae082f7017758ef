using System.Text.RegularExpressions;
using System.Xml.Linq;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Localization;

/// <summary>
/// The English words that must not be left in a Japanese text: every short value (one to three words of letters) of
/// the product's English resources that its Japanese sibling translates ("absent", "yes", "Running", "unknown", "not
/// set"), the name of every value of the SDK's machine enums, which a check that prints an enum as it is shows
/// ("Licensed", "Healthy", "Locked"), and DISM's "exit code". A text is searched for runs of English words (letters
/// and single spaces between other characters); a run that is one of these words is English left over. Names, paths,
/// ids, codes, numbers and versions are other runs ("wuauserv", "C:\Windows\SoftwareDistribution", "KB5034441",
/// "0x80070643", "10.0.19045") and stay as they are, as do acronyms in capitals (GPT, UEFI).
/// </summary>
internal static partial class EnglishWords
{
    /// <summary>Words that are names as often as they are words: as a run in a Japanese text they are a name from the
    /// PC (an adapter named Ethernet, the product Windows), so they are not held against it.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Windows",
        "Ethernet",
    };

    private static readonly Lazy<HashSet<string>> Denied = new(Build);

    /// <summary>The English words left in <paramref name="text"/>, in order: a run of words that is one on the list,
    /// or a phrase of two or three words on the list within a longer run ("exit code" in "DISM exit code").</summary>
    public static IReadOnlyList<string> In(string? text)
    {
        var found = new List<string>();
        foreach (var run in Run().Matches(text ?? "").Select(match => match.Value))
        {
            // GPT, MBR, UEFI, TPM: acronyms, which Windows keeps in Japanese too.
            if (run.All(c => c == ' ' || char.IsAsciiLetterUpper(c)))
            {
                continue;
            }

            if (Denied.Value.Contains(run))
            {
                found.Add(run);
                continue;
            }

            var words = run.Split(' ');
            for (var length = 2; length <= 3; length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var phrase = string.Join(' ', words[start..(start + length)]);
                    if (Denied.Value.Contains(phrase))
                    {
                        found.Add(phrase);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="word"/> is on the list (for the test that proves the list has teeth).</summary>
    public static bool IsDenied(string word) => Denied.Value.Contains(word);

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "exit code" };
        foreach (var file in EnglishResources())
        {
            var japanese = Values(Path.ChangeExtension(file, ".ja.resx"));
            foreach (var (key, text) in Values(file))
            {
                if (ShortWords().IsMatch(text) && japanese.GetValueOrDefault(key) is { } translated && translated != text)
                {
                    words.Add(text);
                }
            }
        }

        var enums = typeof(ServiceState).Assembly.GetExportedTypes()
            .Where(type => type.IsEnum && type.Namespace == typeof(ServiceState).Namespace);
        foreach (var type in enums)
        {
            words.UnionWith(Enum.GetNames(type));
        }

        words.ExceptWith(Names);
        return words;
    }

    private static IEnumerable<string> EnglishResources() =>
        new[] { "src", "plugins" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, folder), "*.resx", SearchOption.AllDirectories))
            .Where(file => !file.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
            .Where(file => !Path.GetFileNameWithoutExtension(file).Contains('.', StringComparison.Ordinal))
            .Where(file => File.Exists(Path.ChangeExtension(file, ".ja.resx")));

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .Where(data => data.Attribute("type") is null)
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>One to three words of letters: a resource that can stand alone as a value.</summary>
    [GeneratedRegex(@"^[A-Za-z]+(?: [A-Za-z]+){0,2}$")]
    private static partial Regex ShortWords();

    /// <summary>Words (a letter, then letters and digits) with single spaces between them, taken whole: not part of a
    /// name, path, id or code, so no word, nor one of _ . - \ @, on either side (a dot may end a sentence). "Version" in
    /// "Cumulative Update for Windows 10 Version 22H2" is in a longer run, and "Loopback" in "Loopback Pseudo-Interface"
    /// is in a name.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-\\@])(?<![A-Za-z0-9] )(?>[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*)(?![A-Za-z0-9_\-\\@]|\.[A-Za-z0-9])")]
    private static partial Regex Run();
}
