using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Host.Plugins;
using WuToolkit.Host.Tests.Support;
using WuToolkit.Logs.Analysis;
using WuToolkit.Logs.Reading;
using WuToolkit.Logs.Reading.Lines;
using WuToolkit.Logs.Sources;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// The rule prefilter: entries in which no rule's marker occurs are counted but never built, and what the rules find is
/// exactly what they find when shown every entry — over the real logs of the corpus and over generated ones whose
/// entries and markers straddle the reader's buffer edges, in UTF-8 and UTF-16.
/// </summary>
public class RulePrefilterTests
{
    private static readonly Lazy<IReadOnlyList<ILogRuleFactory>> BundledRules = new(() =>
        new PluginLoader(NullLoggerFactory.Instance)
            .LoadAll([new PluginFolder(Path.Combine(TestPaths.HostOutput, "plugins"), PluginOrigin.BuiltIn)])
            .Plugins.Single(plugin => plugin.Name == "Logs").LogRules.Cast<ILogRuleFactory>().ToList());

    // Small lines keep the reader's buffer at its least (64 Ki code units), so that a few hundred kilobytes cross it often.
    private static readonly LogReadOptions SmallLines = new() { Kind = LogKind.Cbs, MaxLineChars = 200, MaxEntryChars = 1000 };

    private static IEnumerable<TestCaseData> CorpusLogs()
    {
        if (!Directory.Exists(SharedCorpus.Root))
        {
            yield return new TestCaseData("(missing)").SetName("Corpus folder is present for the prefilter");
            yield break;
        }

        foreach (var folder in new[] { "cbs", "dism", "windowsupdate", "setup" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(SharedCorpus.Root, folder)).Order(StringComparer.Ordinal))
            {
                yield return new TestCaseData(Path.GetRelativePath(SharedCorpus.Root, path)).SetName($"Prefilter changes nothing: {folder}/{Path.GetFileName(path)}");
            }
        }
    }

    [TestCaseSource(nameof(CorpusLogs))]
    public void On_the_corpus_the_findings_with_the_prefilter_equal_those_without(string relative)
    {
        var path = SharedCorpus.Require(relative);
        using var temp = new TempFolder();

        // Under its own name, and under the name of each line log, so that every rule set meets every real text.
        var names = new[] { Path.GetFileName(path), "CBS.log", "WindowsUpdate.log", "setupact.log", "setuperr.log" };
        foreach (var name in names)
        {
            var copy = temp.Combine(name);
            File.Copy(path, copy, overwrite: true);
            AssertSameFindings(copy);
        }
    }

    [Test]
    public void On_the_corpus_repeated_into_one_big_log_the_findings_are_the_same()
    {
        using var temp = new TempFolder();
        foreach (var (folder, name) in new[] { ("cbs", "CBS.log"), ("windowsupdate", "WindowsUpdate.log"), ("setup", "setupact.log") })
        {
            var log = temp.Combine(name);
            using (var stream = File.Create(log))
            {
                for (var copy = 0; copy < 3; copy++)
                {
                    foreach (var source in Directory.GetFiles(SharedCorpus.Require(folder), "*.log").Order(StringComparer.Ordinal))
                    {
                        var bytes = File.ReadAllBytes(source);
                        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
                        stream.Write(bytes, offset, bytes.Length - offset);
                        stream.Write("\r\n"u8);
                    }
                }
            }

            AssertSameFindings(log);
        }
    }

    /// <summary>Lines every setup rule acts on (runs, phases, results, rollbacks, drivers, disk space, causes), to be mixed
    /// with the corpus's own in orders no real log has, so that each rule's state meets its markers' lines in any order.</summary>
    private static readonly (string Level, string Component, string Text)[] SetupScenes =
    [
        ("Info", "MOUPG", "SetupHost::Initialize: CmdLine = [/Install /Media /InstallDrivers C:\\Drivers]"),
        ("Info", "MOUPG", "SetupHost::Initialize: CmdLine = [/Compat ScanOnly /Quiet]"),
        ("Info", "MOUPG", "CSetupManager::Execute: Entering Execute Method"),
        ("Info", "MOUPG", "MoSetupPlatform: Loading Setup Platform"),
        ("Info", "SP", "Executing operation: Apply WIM"),
        ("Error", "MOUPG", "MoSetupPlatform: ReportResult: Result = 0xC1900101-0x30018"),
        ("Error", "MOUPG", "CDlpActionDataMigrate::ExecuteRoutine(691): Result = 0x80070032"),
        ("Error", "SP", "CSetupPlatform::Initialize: Disk provisioning is not available; hr = 0x80070032"),
        ("Info", "SP", "Loaded oem12.inf for the device"),
        ("Warning", "DRV", "Driver netrtwlanu.sys could not be migrated"),
        ("Info", "SP", "Initiating rollback"),
        ("Info", "SP", "Current phase string: Safe OS"),
        ("Info", "SP", "Current op string: Apply image, 12"),
        ("Info", "SP", "Current bugcheck string: 0x0000007E"),
        ("Info", "SP", "Current result: 0x80070570"),
        ("Info", "MOUPG", "Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]"),
        ("Info", "MOUPG", "ImageExit: Initializing SetupResult: [0xC1900101]"),
        ("Info", "MOUPG", "ImageExit: Initializing Extended: [0x30018]"),
        ("Info", "SP", "Execution phase [Safe OS] exiting with HRESULT [0x80070070]"),
        ("Error", "SP", "Operation failed: Apply WIM. Error: 0x80070570"),
        ("Error", "SP", "SPWIMCallback: Error in apply of C:\\$WINDOWS.~BT\\Sources\\install.wim. GLE [1392]"),
        ("Error", "MIG", "Error 1392 while gathering object C:\\ProgramData\\x. Shell application requested abort![gle=0x00000570]"),
        ("Info", "MIG", "Processing GATHER for migration unit: <System>\\UpgradeFramework (CMXEAgent)"),
        ("Error", "MIG", "Gather failed. Last error: 0x00000570"),
        ("Warning", "SP", "There is not enough disk space to continue"),
        ("Error", "SP", "Main operation execution failed. Error: 0x8007000D"),
        ("Error", "SP", "Failed execution phase Safe OS. Error: 0x8007000D"),
        ("Error", "CSI", "(F) Failed execution of queue item Installer: Generic Command ({81a34a10-4256-436a-89d6-794b97ca407c}) with HRESULT HRESULT_FROM_WIN32(14109). Failure will not be ignored"),
        ("Error", "DISM", "DISM Manager: PID=1 Failed to create Dism Image Session in host. - CDISMManager::LoadRemoteImageSession(hr:0x80040154)"),
        ("Error", "SP", "Profile C:\\Users\\Owner could not be created for S-1-5-21-1-2-3-1001. Error: 0x80070005"),
    ];

    [Test]
    public void Setup_logs_mixed_from_the_corpus_and_every_rules_lines_give_the_same_findings_with_and_without_the_prefilter()
    {
        var corpus = Directory.GetFiles(SharedCorpus.Require("setup"), "*setup*.log").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(line => line.Length > 0).ToList();
        for (var seed = 0; seed < 24; seed++)
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            for (var i = 0; i < 600; i++)
            {
                var time = new DateTime(2023, 10, 5, 23, 0, 0).AddSeconds(i * random.Next(1, 90)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                var pick = random.Next(10);
                if (pick < 3)
                {
                    text.Append(corpus[random.Next(corpus.Count)]);
                }
                else if (pick < 6)
                {
                    var (level, component, message) = SetupScenes[random.Next(SetupScenes.Length)];
                    text.Append(time).Append(", ").Append(level.PadRight(21)).Append(' ').Append(component.PadRight(6)).Append(' ').Append(message);
                }
                else if (pick < 9)
                {
                    text.Append(time).Append(", Info                  SP     nothing to see ").Append(i);
                }
                else
                {
                    text.Append("    a continuation line ").Append(i).Append(random.Next(4) == 0 ? " naming oem3.inf" : "");
                }

                text.Append("\r\n");
            }

            using var temp = new TempFolder();
            var log = temp.Combine(seed % 3 == 0 ? "setuperr.log" : "setupact.log");
            File.WriteAllText(log, text.ToString(), new UTF8Encoding(false));
            AssertSameFindings(log);
        }
    }

    [Test]
    public void A_marker_split_by_the_buffer_edge_and_an_entry_that_spans_it_are_both_found()
    {
        // Lines of every length around the buffer's 64 Ki code units put a marker and an entry's lines across its edge
        // at every offset.
        for (var pad = 0; pad < 40; pad += 3)
        {
            var text = new StringBuilder();
            var line = 1L;
            var wanted = new List<long>();
            while (text.Length < 70_000 + pad)
            {
                text.Append("2023-05-23 00:31:12, Info                  CBS    ").Append('x', 90 + pad).Append("\r\n");
                line++;
            }

            wanted.Add(line);
            text.Append("2023-05-23 00:31:13, Info                  CBS    head of a long entry\r\n");
            text.Append(" continuation ").Append('y', 120).Append("\r\n");
            text.Append(" more words then NeEdLe at the end\r\n");
            text.Append("2023-05-23 00:31:14, Info                  CBS    after it\r\n");
            using var temp = new TempFolder();
            var log = temp.Combine("CBS.log");
            File.WriteAllText(log, text.ToString(), new UTF8Encoding(false));

            var filter = new MarkerFilter(["needle"]);
            var some = Read(log, filter);

            Assert.That(some.Select(entry => entry.Line), Is.EqualTo(wanted), $"pad {pad}");
            Assert.That(some[0].Text, Does.StartWith("head of a long entry\n continuation yyy").And.EndWith("NeEdLe at the end"));
        }
    }

    [TestCase("utf-8")]
    [TestCase("utf-8 with BOM")]
    [TestCase("utf-16")]
    [TestCase("utf-16 big-endian")]
    [TestCase("shift_jis")]
    public void Mixed_ascii_and_japanese_lines_build_the_same_entries_with_the_prefilter_wherever_the_buffer_ends(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8 with BOM" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(false, true),
            "utf-16 big-endian" => new UnicodeEncoding(true, true),
            _ => LogReadOptions.CodePage(932),
        };

        // Shift-JIS has no byte order mark to tell it by: it is named, as `--encoding` would.
        var options = SmallLines with { MaxLineChars = 1000, MaxEntryChars = 1500, Encoding = encodingName == "shift_jis" ? encoding : null };
        for (var seed = 0; seed < 8; seed++)
        {
            using var temp = new TempFolder();
            var log = temp.Combine("CBS.log");
            File.WriteAllText(log, MixedLog(seed), encoding);

            var every = Read(log, null, options);
            var filter = new MarkerFilter(["needle", "失敗", "ｴﾗｰ"]);
            var some = Read(log, filter, options);

            // Each entry built is the very entry built without the filter, and none holding a marker is left out. A
            // legacy code page may hold a marker's bytes across two characters (a false hit, built for nothing).
            var byLine = every.ToDictionary(entry => entry.Line);
            Assert.That(some.Where(entry => !entry.Equals(byLine.GetValueOrDefault(entry.Line))).Select(entry => entry.Line), Is.Empty, $"{encodingName}, seed {seed}: entries built differently");
            var wanted = every.Where(HoldsMarker).Select(entry => entry.Line).ToList();
            Assert.That(wanted.Except(some.Select(entry => entry.Line)), Is.Empty, $"{encodingName}, seed {seed}: entries with a marker left out");
            if (encodingName != "shift_jis")
            {
                Assert.That(some.Select(entry => entry.Line), Is.EqualTo(wanted), $"{encodingName}, seed {seed}");
            }

            Assert.That(filter.Skipped + some.Count, Is.EqualTo(every.Count), $"{encodingName}, seed {seed}: every entry counted");
        }

        static bool HoldsMarker(LogEntry entry) =>
            entry.Text.Contains("needle", StringComparison.OrdinalIgnoreCase) || entry.Text.Contains("失敗", StringComparison.Ordinal) ||
            entry.Text.Contains("ｴﾗｰ", StringComparison.Ordinal);
    }

    [Test]
    public void A_skipped_entry_whose_lines_end_in_spaces_is_built_whole_when_a_marker_comes_late()
    {
        // The lines put aside while no marker has come are held as the entry will hold them (trailing blanks dropped),
        // so their blanks do not use up the room the entry has.
        var text = new StringBuilder("2023-05-23 00:31:12, Info                  CBS    head\r\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("  line ").Append(i).Append(' ', 150).Append("\r\n");
        }

        text.Append("  the needle comes last\r\n2023-05-23 00:31:13, Info                  CBS    next\r\n");
        using var temp = new TempFolder();
        var log = temp.Combine("CBS.log");
        File.WriteAllText(log, text.ToString(), new UTF8Encoding(false));
        var options = SmallLines with { MaxEntryChars = 1000 };

        var every = Read(log, null, options);
        var some = Read(log, new MarkerFilter(["needle"]), options);

        Assert.That(some, Is.EqualTo(every.Take(1)));
        Assert.That(some[0].Text, Does.Contain("line 39\n  the needle comes last"));
    }

    /// <summary>
    /// A CBS.log of ASCII and Japanese words (full-width and half-width katakana, kanji whose Shift-JIS trail byte is a
    /// backslash or an ASCII letter), of random lengths, so that over a few hundred kilobytes lines, markers and entries
    /// cross the reader's buffer edge at every offset; markers stand right after a multi-byte character, at a line's
    /// start or end, in first lines and continuation lines, and in any case.
    /// </summary>
    private static string MixedLog(int seed)
    {
        var random = new Random(seed);
        string[] words = ["update", "更新プログラム", "インストール", "ソフト", "表示", "能力", "ｶﾀｶﾅ", "ドライバー", "path\\to\\file", "ok", "エラー", "再起動"];
        string[] markers = ["needle", "NEEDLE", "NeEdLe", "失敗", "ｴﾗｰ"];
        var text = new StringBuilder();
        var entry = 0;
        while (text.Length < 300_000)
        {
            var lines = random.Next(10) < 7 ? 1 : random.Next(2, 5);
            var markAt = random.Next(6) == 0 ? random.Next(lines) : -1;
            for (var j = 0; j < lines; j++)
            {
                var line = new StringBuilder(j == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"2023-05-23 00:{entry / 60 % 60:00}:{entry % 60:00}, Info                  CBS    ")
                    : "   ");
                var count = random.Next(0, 30);
                var markWord = j == markAt ? random.Next(count + 1) : -1;
                for (var w = 0; w <= count; w++)
                {
                    if (w == markWord)
                    {
                        // Glued to the word before it (often Japanese) or standing alone.
                        line.Append(random.Next(2) == 0 ? "" : " ").Append(markers[random.Next(markers.Length)]);
                    }

                    if (w < count)
                    {
                        line.Append(random.Next(3) == 0 ? "" : " ").Append(words[random.Next(words.Length)]);
                    }
                }

                text.Append(line).Append(random.Next(8) == 0 ? "   " : "").Append(random.Next(3) == 0 ? "\n" : "\r\n");
                if (random.Next(25) == 0)
                {
                    text.Append("\r\n");
                }
            }

            entry++;
        }

        return text.ToString();
    }

    [Test]
    public void A_japanese_marker_finds_its_words_in_utf8_and_in_a_legacy_code_page_file_read_as_text()
    {
        const string Log = "2023-05-23 00:31:12, Info                  CBS    更新プログラムのインストールに失敗しました\r\n2023-05-23 00:31:13, Info                  CBS    ok\r\n";
        using var temp = new TempFolder();
        var utf8 = temp.Combine("CBS.log");
        File.WriteAllText(utf8, Log, new UTF8Encoding(true));
        var utf16 = temp.Combine("CBS16.log");
        File.WriteAllText(utf16, Log, new UnicodeEncoding(false, true));

        foreach (var path in new[] { utf8, utf16 })
        {
            var filter = new MarkerFilter(["失敗しました"]);
            var some = Read(path, filter);
            Assert.That(some.Select(entry => entry.Text), Is.EqualTo(new[] { "更新プログラムのインストールに失敗しました" }), path);
            Assert.That(filter.Skipped, Is.EqualTo(1));
        }
    }

    [Test]
    public void A_rule_without_markers_is_shown_every_entry_and_a_rule_with_markers_those_with_them_in_any_case()
    {
        using var temp = new TempFolder();
        var log = temp.Combine("CBS.log");
        File.WriteAllText(log, Generate(seed: 3, entries: 500).Text);
        var counting = new Counting();
        var all = new LogRuleFactory("test.everything", [LogKind.Cbs], () => counting);
        var marked = new Counting();
        var needle = new LogRuleFactory("test.needle", [LogKind.Cbs], () => marked, ["NEEDLE"]);

        Assert.That(RulePrefilter.For([all, needle], LogKind.Cbs), Is.Null, "one rule without markers: every entry is built");
        Assert.That(RulePrefilter.For([needle], LogKind.Dism), Is.Null, "no rule reads the kind: nothing is left out");

        var withBoth = LogAnalysisRun.Run([LogSource.File(log)], [all, needle], null, CancellationToken.None);
        Assert.That(counting.Seen, Is.EqualTo(withBoth.Files[0].Entries));

        var shown = new Counting();
        var alone = LogAnalysisRun.Run([LogSource.File(log)], [new LogRuleFactory("test.needle", [LogKind.Cbs], () => shown, ["NEEDLE", "失敗"])], null, CancellationToken.None);
        var (_, wanted, total) = Generate(seed: 3, entries: 500);
        Assert.That(alone.Files[0].Entries, Is.EqualTo(total), "skipped entries still count as read");
        Assert.That(shown.Lines, Is.EqualTo(wanted), "the entries with a marker, whatever its case");
    }

    [Test]
    public void The_bundled_rules_of_the_line_logs_declare_markers()
    {
        var rules = BundledRules.Value;
        foreach (var kind in new[] { LogKind.Cbs, LogKind.WindowsUpdate, LogKind.SetupAct, LogKind.SetupErr })
        {
            Assert.That(RulePrefilter.For(rules, kind), Is.Not.Null, $"{kind}: every rule declares what it needs");
        }

        Assert.That(rules.Where(rule => rule.Markers.Count > 0).SelectMany(rule => rule.Markers), Is.All.Not.Empty);
    }

    [Test]
    [Category("Slow")]
    public async Task A_rule_built_against_SDK_1_0_without_markers_is_shown_every_entry()
    {
        using var temp = new TempFolder();
        var plugins = temp.Combine("plugins");
        Directory.CreateDirectory(plugins);
        Plugins.FixturePlugins.DropAsFolder("ReleasedSdk", plugins);
        var log = temp.Combine("CBS.log");
        File.WriteAllText(log, Generate(seed: 5, entries: 300).Text);

        var result = await Support.Cli.RunAsync("logs", "analyze", log, "--plugins", plugins, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var entries = json.RootElement.GetProperty("files")[0].GetProperty("entries").GetInt64();
        var summaries = json.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("summary").GetString()).ToList();
        Assert.That(summaries, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"shown {entries} entries")), result.Output + result.Error);
    }

    private static void AssertSameFindings(string path)
    {
        var rules = BundledRules.Value;
        var on = LogAnalysisRun.Run([LogSource.File(path)], rules, null, prefilter: true, CancellationToken.None);
        var off = LogAnalysisRun.Run([LogSource.File(path)], rules, null, prefilter: false, CancellationToken.None);
        Assert.That(on.Files.Select(file => (file.Kind, file.Entries, file.Error)), Is.EqualTo(off.Files.Select(file => (file.Kind, file.Entries, file.Error))), path);
        Assert.That(on.Findings.Select(Describe), Is.EqualTo(off.Findings.Select(Describe)), path);
        Assert.That(on.Findings.Select(on.Occurrences), Is.EqualTo(off.Findings.Select(off.Occurrences)), path);
        Assert.That(on.FirstFailure() is { } first ? Describe(first) : null, Is.EqualTo(off.FirstFailure() is { } other ? Describe(other) : null), path);
        Assert.That(on.Attempts().Select(attempt => (attempt.Attempt, Describe(attempt.Verdict), attempt.Failed, attempt.IsCurrent)),
            Is.EqualTo(off.Attempts().Select(attempt => (attempt.Attempt, Describe(attempt.Verdict), attempt.Failed, attempt.IsCurrent))), path);
    }

    private static string Describe(LogFinding finding) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{finding.RuleId}|{finding.Severity}|{finding.Role}|{finding.Code}|{finding.Subject}|{finding.Summary}|{finding.Entry.Line}|{finding.Entry.Time:O}|{finding.Entry.Text}|{finding.IsGeneric}|{finding.Attempt}");

    private static List<LogEntry> Read(string path, MarkerFilter? filter, LogReadOptions? options = null)
    {
        using var file = LogReader.Open(path, options ?? SmallLines);
        file.Filter = filter;
        return file.Entries().ToList();
    }

    /// <summary>
    /// A CBS.log of entries of one to four lines, of random lengths, some blank lines between, a marker ("needle" in
    /// any case, or Japanese) in the first line, a continuation line or none; and the first lines of those that hold one.
    /// </summary>
    private static (string Text, List<long> Wanted, long Total) Generate(int seed, int entries)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var wanted = new List<long>();
        var line = 0L;
        string[] markers = ["needle", "NEEDLE", "NeedLe", "失敗"];
        for (var i = 0; i < entries; i++)
        {
            var lines = 1 + (random.Next(10) < 7 ? 0 : random.Next(1, 4));
            var markAt = random.Next(8) == 0 ? random.Next(lines) : -1;
            var first = line + 1;
            for (var j = 0; j < lines; j++)
            {
                var words = new string((char)('a' + random.Next(20)), random.Next(0, 150));
                var marker = j == markAt ? " " + markers[random.Next(markers.Length)] + " " : " ";
                text.Append(j == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"2023-05-23 00:{i / 60 % 60:00}:{i % 60:00}, Info                  CSI    {i:x8} {words}{marker}end")
                    : $"   continued {words}{marker}end");
                text.Append(random.Next(3) == 0 ? "\n" : "\r\n");
                line++;
                if (random.Next(20) == 0)
                {
                    text.Append("\r\n");
                    line++;
                }
            }

            if (markAt >= 0)
            {
                wanted.Add(first);
            }
        }

        return (text.ToString(), wanted, entries);
    }

    private sealed class Counting : ILogRule
    {
        public long Seen { get; set; }

        public List<long> Lines { get; } = [];

        public void Observe(LogEntry entry, IFindingSink findings)
        {
            Seen++;
            Lines.Add(entry.Line);
        }

        public void Complete(IFindingSink findings)
        {
        }
    }
}
