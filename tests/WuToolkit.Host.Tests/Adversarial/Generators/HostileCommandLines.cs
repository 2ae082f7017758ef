using CsCheck;

namespace WuToolkit.Host.Tests.Adversarial.Generators;

/// <summary>A word of a generated command line, resolved against the case's own folder when it is run (so that every
/// path a word names lies in that folder, or is one of a few fixed system paths).</summary>
internal sealed record Word(string Text)
{
    public const string Folder = "{folder}";

    public const string Healthy = "{healthy}";

    public string Resolve(string folder) =>
        Text.Replace(Folder, folder, StringComparison.Ordinal)
            .Replace(Healthy, Path.Combine(Tests.Support.TestPaths.Samples, "healthy-desktop.json"), StringComparison.Ordinal);

    public override string ToString() => Output.TerminalText.Escape(Text);
}

/// <summary>A generated argument vector.</summary>
internal sealed record HostileCommandLine(IReadOnlyList<Word> Words)
{
    public string[] Resolve(string folder) => [.. Words.Select(word => word.Resolve(folder))];

    public override string ToString() => string.Join(' ', Words.Select(word => $"'{word}'"));
}

/// <summary>
/// Argument vectors made of wutk's real command and option names and of junk: random tokens, option values of every
/// kind (numbers in and out of range, choices, paths, codes, key=value pairs, empty), missing values, repeated options,
/// <c>--</c>, <c>@</c> words, unicode and control characters. Paths point into the case's folder only (and at
/// <c>/dev/null</c>); the only output a command may write is the one named with <c>-o</c>.
/// </summary>
internal static class HostileCommandLines
{
    private static readonly string[][] Commands =
    [
        [], ["list"], ["run"], ["run"], ["plugins"], ["explain"], ["explain"], ["logs", "analyze"], ["logs", "timeline"], ["logs"], ["collect"],
        ["lst"], ["Run"], ["logs", "analyse"], ["help"],
    ];

    private static readonly string[] Options =
    [
        "--plugins", "--verbosity", "-v", "--format", "--scenario", "--snapshot", "--strict", "--timeout", "--fail-on", "--set", "--settings",
        "--search", "--limit", "--output", "-o", "--description", "--windows-update-log", "--help", "-h", "-?", "--version", "--",
        "--snapshto", "---snapshot", "--format=json", "--timeout:5", "-vquiet", "--set=disk.updateFreeGB=5",
    ];

    private static readonly string[] Values =
    [
        "0", "-1", "0.1", "0.05", "1e9", "NaN", "-Infinity", "86400", "86400.0001", "99999999999", "1,5", "0x10", " 5", "5 ",
        "json", "table", "JSON", "xml", "update", "upgrade", "both", "warn", "fail", "quiet", "diagnostic", "detailed", "",
        "disk", "disk.*", "*", "tpm", "services", "disk.free-space", "nothing.matches",
        "0x8024402C", "-2145107924", "8024402c", "0xC1900101-0x40017", "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", "1058", "proxy",
        "disk.updateFreeGB=5", "disk.upgradeFreeGB=-5", "nobody.knows=1", "=", "key", "a=b=c",
        Word.Healthy, Word.Folder, Word.Folder + "/missing.json", Word.Folder + "/pc.json", Word.Folder + "/sub/dir/pc.json", "/dev/null", "-",
        "relative.json", "@" + Word.Folder + "/words.rsp", "@missing.rsp", "@",
    ];

    private static Gen<string> Junk { get; } = Gen.Frequency(
        (3, Support.Text.Hostile(30).Select(text => text.Replace("/", "_", StringComparison.Ordinal))),
        (1, Support.Text.Word(1, 12).Select(word => "--" + word)),
        (1, Support.Text.Word(1, 3).Select(word => "-" + word)));

    private static Gen<IReadOnlyList<string>> Piece { get; } = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, Options.Length - 1], Gen.Int[0, Values.Length - 1], (option, value) => (IReadOnlyList<string>)[Options[option], Values[value]])),
        (2, Gen.Int[0, Options.Length - 1].Select(option => (IReadOnlyList<string>)[Options[option]])),
        (2, Gen.Int[0, Values.Length - 1].Select(value => (IReadOnlyList<string>)[Values[value]])),
        (2, Junk.Select(junk => (IReadOnlyList<string>)[junk])),
        (1, Gen.Select(Gen.Int[0, Options.Length - 1], Junk, (option, junk) => (IReadOnlyList<string>)[Options[option], junk])));

    public static Gen<HostileCommandLine> Any { get; } =
        Gen.Select(Gen.Int[0, Commands.Length - 1], Piece.Array[0, 6], (command, pieces) =>
            new HostileCommandLine([.. Commands[command].Concat(pieces.SelectMany(piece => piece)).Select(text => new Word(text))]));
}
